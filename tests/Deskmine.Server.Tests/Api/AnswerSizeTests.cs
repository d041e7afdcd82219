using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>
/// Large answers stay small on the wire: <c>?limit=</c> sends only the most frequent variants (with the count of all),
/// and GET answers are compressed for clients that accept Brotli or gzip; callers that ask for neither get what they
/// got before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnswerSizeTests(SharedApiServer shared)
{
    private const string Variants = "api/v1/variants?case=segment&activities=80";

    private ApiServer Api => shared.Api;

    [Fact]
    public async Task A_limit_sends_the_most_frequent_variants_and_still_counts_all()
    {
        using var client = Api.As("viewer");
        var all = await client.GetFromJsonAsync<JsonElement>(Variants);
        var count = all.GetProperty("num_variants").GetInt32();
        Assert.True(count > 3, $"the fixture should have several variants, has {count}");
        Assert.Equal(count, all.GetProperty("variants").GetArrayLength());

        var top = await client.GetFromJsonAsync<JsonElement>(Variants + "&limit=3");

        Assert.Equal(count, top.GetProperty("num_variants").GetInt32());
        Assert.Equal(all.GetProperty("num_cases").GetInt32(), top.GetProperty("num_cases").GetInt32());
        var expected = all.GetProperty("variants").EnumerateArray().Take(3).Select(v => v.GetRawText()).ToList();
        Assert.Equal(expected, top.GetProperty("variants").EnumerateArray().Select(v => v.GetRawText()).ToList());

        // A limit above the number of variants sends them all.
        var more = await client.GetFromJsonAsync<JsonElement>(Variants + "&limit=" + (count + 5));
        Assert.Equal(count, more.GetProperty("variants").GetArrayLength());
    }

    [Fact]
    public async Task A_map_with_a_variant_count_sends_that_many_and_the_same_map_otherwise()
    {
        using var client = Api.As("viewer");
        const string map = "api/v1/map?case=segment&activities=80";
        var all = await client.GetFromJsonAsync<JsonElement>(map);
        var count = all.GetProperty("num_variants").GetInt32();
        Assert.True(count > 2, $"the fixture should have several variants, has {count}");
        Assert.Equal(count, all.GetProperty("variants").GetArrayLength());

        var none = await client.GetFromJsonAsync<JsonElement>(map + "&variants=0");
        Assert.Equal(0, none.GetProperty("variants").GetArrayLength());
        Assert.Equal(count, none.GetProperty("num_variants").GetInt32());
        Assert.Equal(all.GetProperty("dfg").GetRawText(), none.GetProperty("dfg").GetRawText());
        Assert.Equal(all.GetProperty("activities").GetRawText(), none.GetProperty("activities").GetRawText());

        var two = await client.GetFromJsonAsync<JsonElement>(map + "&variants=2");
        var expected = all.GetProperty("variants").EnumerateArray().Take(2).Select(v => v.GetRawText()).ToList();
        Assert.Equal(expected, two.GetProperty("variants").EnumerateArray().Select(v => v.GetRawText()).ToList());

        using var refused = await client.GetAsync(map + "&variants=-1");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("variants", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    public async Task A_limit_that_is_not_a_whole_number_of_at_least_one_is_refused(string limit)
    {
        using var client = Api.As("viewer");
        using var response = await client.GetAsync(Variants + "&limit=" + Uri.EscapeDataString(limit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("limit", problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_get_answer_is_compressed_for_a_client_that_accepts_it_and_holds_the_same_json(string encoding)
    {
        const string path = "api/v1/map?case=segment&activities=100&paths=100";
        using var client = Api.As("viewer");
        var plain = await client.GetByteArrayAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var wire = await response.Content.ReadAsByteArrayAsync();
        Assert.True(wire.Length * 3 < plain.Length, $"{wire.Length} bytes compressed of {plain.Length}");
        Assert.Equal(plain, Inflate(wire, encoding));
    }

    [Fact]
    public async Task A_login_answer_is_never_compressed()
    {
        // The token must not share a compressed body with anything a caller chose (BREACH).
        using var client = Api.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/login")
        {
            Content = JsonContent.Create(new { name = "viewer", password = ApiServer.Password }),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()));
    }

    private static byte[] Inflate(byte[] wire, string encoding)
    {
        using var source = new MemoryStream(wire);
        using Stream inflate = encoding == "br" ? new BrotliStream(source, CompressionMode.Decompress) : new GZipStream(source, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        inflate.CopyTo(plain);
        return plain.ToArray();
    }
}
