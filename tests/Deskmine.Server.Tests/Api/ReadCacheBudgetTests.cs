using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Reading;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>
/// The logs the read model keeps for maps stay within a byte budget (least recently used dropped first); answers as
/// sent are always kept, and a dropped log is read again when needed, giving the same answers.
/// </summary>
public sealed class ReadCacheBudgetTests
{
    [Fact]
    public async Task Past_the_budget_the_least_recently_used_logs_go_and_answers_stay()
    {
        var workspace = MinedTemplate.Copy();
        using var reads = new ReadModel { IntermediateBudget = 100 };
        await reads.SwitchAsync(workspace, DateTimeOffset.UnixEpoch, warmFirst: false, TimeProvider.System);
        var computed = new List<string>();
        Task<string> Get(string key, long bytes) => reads.GetBoundedAsync(key, _ =>
        {
            computed.Add(key);
            return key.ToUpperInvariant();
        }, _ => bytes, CancellationToken.None);

        await reads.GetAsync("answer", _ => "kept", CancellationToken.None);
        await Get("a", 40);
        await Get("b", 40);
        Assert.NotNull(reads.Peek<string>("a"));
        await Get("c", 40);

        // b was used least recently: it went, a (just used) and c stay.
        Assert.Null(reads.Peek<string>("b"));
        Assert.Equal("A", reads.Peek<string>("a"));
        Assert.Equal("C", reads.Peek<string>("c"));
        Assert.Equal(80, reads.IntermediateBytes);

        // One result larger than the whole budget is still kept (it is about to be used); everything else goes.
        await Get("d", 500);
        Assert.Equal(500, reads.IntermediateBytes);
        Assert.Null(reads.Peek<string>("a"));
        Assert.Null(reads.Peek<string>("c"));
        Assert.Equal("kept", reads.Peek<string>("answer"));

        // A dropped result is computed again when asked for.
        Assert.Equal("B", await Get("b", 40));
        Assert.Equal(["a", "b", "c", "d", "b"], computed);
    }

    [Fact]
    public async Task A_server_that_keeps_no_logs_answers_every_map_as_one_that_keeps_them()
    {
        await using var keeping = await ApiServer.StartAsync();
        await using var dropping = await ApiServer.StartAsync(o => o with { ReadCacheBytes = 0 });
        using var a = keeping.As("viewer");
        using var b = dropping.As("viewer");
        var team = (await a.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("teams")[0].GetString()!;
        string[] paths =
        [
            "api/v1/map?case=mined&activity=step&activities=80&paths=50",
            "api/v1/map?case=mined&activity=step&activities=30&paths=50&team=" + Uri.EscapeDataString(team),
            "api/v1/map?case=mined&activity=app,kind&activities=60&paths=40",
            "api/v1/variants?case=mined&activity=step&activities=30&team=" + Uri.EscapeDataString(team),
            "api/v1/map?case=session&activity=app,kind&activities=100&paths=100",
            "api/v1/map?case=mined&activity=step&activities=50&paths=50&team=" + Uri.EscapeDataString(team),
        ];
        foreach (var path in paths)
        {
            using var expected = await a.GetAsync(path);
            using var actual = await b.GetAsync(path);
            expected.EnsureSuccessStatusCode();
            actual.EnsureSuccessStatusCode();
            Assert.Equal(await expected.Content.ReadAsStringAsync(), await actual.Content.ReadAsStringAsync());
        }
    }
}
