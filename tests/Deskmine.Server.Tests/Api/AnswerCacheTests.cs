using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>
/// Answers are serialised once per generation of the data: a repeated request gets the same bytes and entity tag
/// (or 304 when it names that tag), and a new generation answers anew.
/// </summary>
public sealed class AnswerCacheTests
{
    [Fact]
    public async Task A_repeated_request_gets_identical_bytes_and_a_new_generation_answers_anew()
    {
        await using var api = await ApiServer.StartAsync(o => o with { SnapshotInterval = TimeSpan.FromMilliseconds(200) });
        using var viewer = api.As("viewer");
        await WarmedAsync(viewer, 1);

        string[] paths =
        [
            "api/v1/overview", "api/v1/candidates", "api/v1/analysis", "api/v1/tasks", "api/v1/case-notions", "api/v1/teams", "api/v1/guides",
            "api/v1/map?case=mined&activity=step&activities=80&paths=50", "api/v1/variants?case=mined&activity=step&activities=80",
        ];
        var first = new Dictionary<string, (byte[] Body, string ETag)>();
        foreach (var path in paths)
        {
            var a = await GetAsync(viewer, path);
            var b = await GetAsync(viewer, path);
            Assert.Equal(a.Body, b.Body);
            Assert.Equal(a.ETag, b.ETag);
            Assert.Contains(JsonDocument.Parse(a.Body).RootElement.ValueKind, new[] { JsonValueKind.Object, JsonValueKind.Array });
            first[path] = a;

            // A client that holds these bytes is told so without them.
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
            revalidate.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(a.ETag));
            using var notModified = await viewer.SendAsync(revalidate);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }

        // The same query spelt differently is the same answer.
        var reordered = await GetAsync(viewer, "api/v1/map?paths=50.0&activities=80&activity=step&case=mined");
        Assert.Equal(first["api/v1/map?case=mined&activity=step&activities=80&paths=50"].Body, reordered.Body);

        // A different query is a different answer.
        var other = await GetAsync(viewer, "api/v1/map?case=mined&activity=step&activities=10&paths=50");
        Assert.NotEqual(first["api/v1/map?case=mined&activity=step&activities=80&paths=50"].ETag, other.ETag);

        // Uploads make a new generation: its answers are computed and tagged anew.
        var events = JsonDocument.Parse(first["api/v1/overview"].Body).RootElement.GetProperty("events").GetInt64();
        using (var device = api.Client(ApiServer.DeviceToken))
            (await device.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(Some.Session("answer-cache", 40))))).EnsureSuccessStatusCode();
        await WarmedAsync(viewer, 2);
        var after = await GetAsync(viewer, "api/v1/overview");
        Assert.Equal(events + 40, JsonDocument.Parse(after.Body).RootElement.GetProperty("events").GetInt64());
        Assert.NotEqual(first["api/v1/overview"].ETag, after.ETag);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "api/v1/overview");
        stale.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first["api/v1/overview"].ETag));
        using var fresh = await viewer.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(after.Body, await fresh.Content.ReadAsByteArrayAsync());
        Assert.Equal(after.Body, (await GetAsync(viewer, "api/v1/overview")).Body);
    }

    [Fact]
    public async Task A_cached_map_is_still_withheld_from_a_viewer_when_it_is_about_fewer_than_k_people()
    {
        // Teams of five people with k = 6: a map of one team may be shown to an admin only.
        await using var strict = await ApiServer.StartAsync(o => o with { MinGroupSize = 6 });
        using var admin = strict.As("admin");
        using var viewer = strict.As("viewer");
        var step = (await admin.GetFromJsonAsync<JsonElement>("api/v1/map?case=mined&activity=step")).GetProperty("activities").EnumerateObject().First().Name;
        var rows = (await admin.GetFromJsonAsync<JsonElement>("api/v1/steps/events?case=mined&activity=step&step=" + Uri.EscapeDataString(step))).GetProperty("rows");
        var team = rows.EnumerateArray().Select(r => r.GetProperty("team").GetString()).First(t => t is not null)!;
        var path = "api/v1/map?team=" + Uri.EscapeDataString(team);
        var adminAnswer = await GetAsync(admin, path);
        Assert.Equal(adminAnswer.Body, (await GetAsync(admin, path)).Body);

        // The admin's answer is cached; the viewer asking the same, even naming its tag, is still refused.
        using var refused = await viewer.GetAsync(path);
        await ProblemAssert.Is(refused, 403, "team of 5 with k = 6");
        Assert.Null(refused.Headers.ETag);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(adminAnswer.ETag));
        await ProblemAssert.Is(await viewer.SendAsync(revalidate), 403, "team of 5 with k = 6, tag named");
    }

    private static async Task<(byte[] Body, string ETag)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsByteArrayAsync(), response.Headers.ETag?.ToString() ?? throw new Xunit.Sdk.XunitException($"{path}: no ETag"));
    }

    private static async Task WarmedAsync(HttpClient client, long generation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var s = await client.GetFromJsonAsync<JsonElement>("api/v1/status");
            var w = s.GetProperty("warming");
            if (s.GetProperty("generation").GetInt64() >= generation && w.GetProperty("generation").GetInt64() == s.GetProperty("generation").GetInt64()
                && !w.GetProperty("running").GetBoolean() && w.GetProperty("done").GetInt32() == w.GetProperty("steps").GetInt32())
                return;
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"read model not warmed: {s}");
            await Task.Delay(100);
        }
    }
}
