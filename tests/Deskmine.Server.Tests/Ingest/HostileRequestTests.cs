using System.IO.Compression;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Ingest;

/// <summary>Every refused request gets a problem-details answer and leaves the workspace empty.</summary>
public sealed class HostileRequestTests
{
    private static readonly string Valid = RunningServer.Batch(Some.Session("h", 2));

    public static TheoryData<string, string?, string, string, int, string?> Cases => new()
    {
        // name, token, content type, body, status, field named in errors[0]
        { "no token", null, "application/json", Valid, 401, null },
        { "wrong token", "guess", "application/json", Valid, 401, null },
        { "malformed JSON", RunningServer.Token, "application/json", "{\"device\":\"d\",\"events\":[{\"id\":", 400, null },
        { "not an object", RunningServer.Token, "application/json", "[1,2]", 400, null },
        { "wrong media type", RunningServer.Token, "text/plain", Valid, 415, null },
        { "unknown event field", RunningServer.Token, "application/json", Replace(Valid, 1, "\"kind\"", "\"colour\":\"red\",\"kind\""), 400, "colour" },
        { "unknown envelope field", RunningServer.Token, "application/json", Valid.Replace("{\"device\"", "{\"admin\":true,\"device\"", StringComparison.Ordinal), 400, "admin" },
        { "text where a number belongs", RunningServer.Token, "application/json", Replace(Valid, 1, "\"ts\":", "\"ts\":\"yesterday\",\"x\":"), 400, "ts" },
        { "number where text belongs", RunningServer.Token, "application/json", Replace(Valid, 0, "\"app\":\"editor\"", "\"app\":42"), 400, "app" },
        { "bad id", RunningServer.Token, "application/json", Replace(Valid, 1, "\"id\":\"", "\"id\":\"not-a-uuid"), 400, "id" },
        { "negative seq", RunningServer.Token, "application/json", Replace(Valid, 1, "\"seq\":1", "\"seq\":-1"), 400, "seq" },
        { "events not an array", RunningServer.Token, "application/json", "{\"device\":\"d\",\"events\":{}}", 400, "events" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_gets_a_clear_4xx_and_stores_nothing(string name, string? token, string type, string body, int status, string? field)
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client(token);
        var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = new(type);
        var response = await client.PostAsync("api/v1/events", content);
        var problem = await AssertProblem(response, status, name);
        if (field is not null)
        {
            var first = problem.GetProperty("errors")[0];
            Assert.Equal(field, first.GetProperty("field").GetString());
            Assert.Contains($"'{field}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Empty(await server.StoredEventsAsync());
    }

    [Fact]
    public async Task One_bad_event_refuses_the_whole_batch_and_names_its_index()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var body = Replace(RunningServer.Batch(Some.Session("h", 5)), 3, "\"kind\":\"click\"", "\"kind\":7");
        var response = await client.PostAsync("api/v1/events", RunningServer.Json(body));
        var problem = await AssertProblem(response, 400, "bad event");
        Assert.Equal(3, problem.GetProperty("errors")[0].GetProperty("index").GetInt32());
        Assert.StartsWith("event 3, field 'kind'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await server.StoredEventsAsync());
    }

    [Fact]
    public async Task Oversized_bodies_batches_and_compression_bombs_get_413()
    {
        await using var server = await RunningServer.StartAsync(o => o with { MaxRequestBytes = 64 * 1024, MaxJsonBytes = 256 * 1024, MaxEventsPerBatch = 50 });
        using var client = server.Client();

        // Like the uploader, announce the body and wait for 100-continue: the 413 comes before the body is sent.
        var huge = RunningServer.Batch(Some.Session("h", 400));
        using (var announced = new HttpRequestMessage(HttpMethod.Post, "api/v1/events") { Content = RunningServer.Json(huge) })
        {
            announced.Headers.ExpectContinue = true;
            // The server may close the connection after refusing a body it did not read; the next request must not
            // find that connection in the client's pool (on a busy machine it did, and ended without an answer).
            announced.Headers.ConnectionClose = true;
            await AssertProblem(await client.SendAsync(announced), 413, "huge body");
        }

        var many = RunningServer.Batch(Some.Session("h", 60));
        await AssertProblem(await client.PostAsync("api/v1/events", RunningServer.Json(many)), 413, "too many events");

        var bomb = new MemoryStream();
        await using (var zip = new GZipStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
            zip.Write(new byte[4 * 1024 * 1024]);
        var content = new ByteArrayContent(bomb.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        Assert.True(bomb.Length < 64 * 1024);
        await AssertProblem(await client.PostAsync("api/v1/events", content), 413, "gzip bomb");

        // Chunked upload without Content-Length: Kestrel's own limit still applies. The server answers 413 and
        // closes the connection, so a client still sending may see the reset instead of the answer.
        var chunked = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/events") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        try
        {
            await AssertProblem(await client.SendAsync(request), 413, "chunked huge body");
        }
        catch (HttpRequestException)
        {
            // The reset: acceptable, the point is that nothing is stored (checked below).
        }

        Assert.Empty(await server.StoredEventsAsync());
    }

    [Fact]
    public async Task The_session_report_needs_a_token()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client(token: null);
        await AssertProblem(await client.GetAsync("api/v1/sessions"), 401, "sessions without token");
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, int status, string name)
    {
        Assert.True(status == (int)response.StatusCode, $"{name}: expected {status}, got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    // Replaces the first occurrence of `what` inside the index-th event object of a batch.
    private static string Replace(string batch, int index, string what, string with)
    {
        var start = -1;
        for (var i = 0; i <= index; i++)
            start = batch.IndexOf("{\"id\"", start + 1, StringComparison.Ordinal);
        var at = batch.IndexOf(what, start, StringComparison.Ordinal);
        return batch[..at] + with + batch[(at + what.Length)..];
    }
}
