using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Ingest;

/// <summary>Bodies that are bad below the JSON level (bytes, escapes, impossible times, bombs at once) get a 4xx.</summary>
public sealed class HostileEncodingTests
{
    private static readonly string Valid = RunningServer.Batch(Some.Session("enc", 2));

    [Fact]
    public async Task Invalid_utf8_in_a_string_is_a_400_naming_the_byte()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("\"app\":\"editor\"", "\"app\":\"edXtor\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xE9; // Latin-1 'é': not UTF-8 on its own
        var problem = await Post(client, bytes, gzip: false, 400);
        Assert.Contains("not valid UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains($"byte {at + 1}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await server.StoredEventsAsync());
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    public async Task A_lone_surrogate_escape_is_a_400(string escape)
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var body = Valid.Replace("\"app\":\"editor\"", $"\"app\":\"ed{escape}\"", StringComparison.Ordinal);
        var problem = await Post(client, Encoding.UTF8.GetBytes(body), gzip: false, 400);
        Assert.Contains("surrogate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await server.StoredEventsAsync());
    }

    [Theory]
    [InlineData("253402300800000000")]
    [InlineData("9223372036854775807")]
    [InlineData("-62135596800000001")]
    public async Task A_time_outside_years_1_to_9999_is_a_400_on_ts(string ts)
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var at = Valid.IndexOf("\"ts\":", StringComparison.Ordinal) + 5;
        var end = Valid.IndexOfAny([',', '}'], at);
        var body = Valid[..at] + ts + Valid[end..];
        var problem = await Post(client, Encoding.UTF8.GetBytes(body), gzip: false, 400);
        Assert.Equal("ts", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Empty(await server.StoredEventsAsync());
    }

    [Fact]
    public async Task Many_compression_bombs_at_once_are_all_refused_and_the_server_still_stores_a_good_batch()
    {
        await using var server = await RunningServer.StartAsync(o => o with { MaxJsonBytes = 16L * 1024 * 1024, MaxConcurrentBatches = 2 });
        using var client = server.Client();
        var bomb = new MemoryStream();
        await using (var zip = new GZipStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
            zip.Write(new byte[15 * 1024 * 1024]);
        var bodies = Enumerable.Range(0, 12).Select(_ => Post(client, bomb.ToArray(), gzip: true, 400));
        await Task.WhenAll(bodies);
        var ok = await client.PostAsync("api/v1/events", RunningServer.Json(Valid));
        Assert.True(ok.IsSuccessStatusCode, $"a good batch after the bombs got {(int)ok.StatusCode}");
        Assert.Equal(2, (await server.StoredEventsAsync()).Count);
    }

    private static async Task<JsonElement> Post(HttpClient client, byte[] body, bool gzip, int status)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        if (gzip)
            content.Headers.ContentEncoding.Add("gzip");
        var response = await client.PostAsync("api/v1/events", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
