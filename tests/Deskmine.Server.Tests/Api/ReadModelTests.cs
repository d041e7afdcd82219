using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>The read model warms its answers in the background at start and again for every generation of the data.</summary>
public sealed class ReadModelTests
{
    [Fact]
    public async Task The_first_generation_warms_in_the_background_and_uploads_make_a_new_warmed_generation()
    {
        await using var api = await ApiServer.StartAsync(o => o with { SnapshotInterval = TimeSpan.FromMilliseconds(200) });
        using var viewer = api.As("viewer");
        var first = await WarmedAsync(viewer, 1);
        Assert.Null(first.GetProperty("warming").GetProperty("failed").GetString());
        Assert.True(first.GetProperty("warming").GetProperty("steps").GetInt32() >= 5);
        var before = (await viewer.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64();

        using (var device = api.Client(ApiServer.DeviceToken))
            (await device.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(Some.Session("read-model", 40))))).EnsureSuccessStatusCode();
        var second = await WarmedAsync(viewer, 2);
        Assert.True(second.GetProperty("generation").GetInt64() >= 2);
        Assert.Equal(before + 40, (await viewer.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64());
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, Func<JsonElement, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("api/v1/status");
            if (done(status))
                return status;
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"read model not warmed: {status}");
            await Task.Delay(100);
        }
    }

    private static Task<JsonElement> WarmedAsync(HttpClient client, long generation) => WaitForAsync(client, s =>
        s.GetProperty("generation").GetInt64() >= generation
        && s.GetProperty("warming") is var w && w.GetProperty("generation").GetInt64() == s.GetProperty("generation").GetInt64()
        && !w.GetProperty("running").GetBoolean() && w.GetProperty("done").GetInt32() == w.GetProperty("steps").GetInt32());
}
