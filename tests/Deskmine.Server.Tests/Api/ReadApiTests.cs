using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ReadApiTests(SharedApiServer shared)
{
    private ApiServer Api => shared.Api;

    [Fact]
    public async Task The_overview_counts_people_events_and_task_types_and_names_only_teams_of_k()
    {
        using var client = Api.As("viewer");
        var overview = await client.GetFromJsonAsync<JsonElement>("api/v1/overview");
        Assert.Equal(10, overview.GetProperty("people").GetInt32());
        Assert.True(overview.GetProperty("events").GetInt64() > 5000);
        Assert.True(overview.GetProperty("task_types").GetInt32() > 0);
        Assert.Equal(2, overview.GetProperty("teams").GetArrayLength());
        Assert.InRange(overview.GetProperty("top_candidates").GetArrayLength(), 1, 5);
    }

    [Fact]
    public async Task The_map_is_the_object_of_map_json_with_the_same_filters()
    {
        using var client = Api.As("viewer");
        var api = await client.GetFromJsonAsync<JsonElement>("api/v1/map?case=segment&activities=80&paths=50");
        Assert.True(api.GetProperty("num_cases").GetInt32() > 0);
        Assert.True(api.GetProperty("dfg").GetArrayLength() > 0);
        Assert.Equal(api.GetProperty("num_variants").GetInt32(), (await client.GetFromJsonAsync<JsonElement>("api/v1/variants?case=segment&activities=80")).GetProperty("num_variants").GetInt32());
        Assert.True(api.GetProperty("activities").EnumerateObject().Count() < (await client.GetFromJsonAsync<JsonElement>("api/v1/map?case=segment")).GetProperty("activities").EnumerateObject().Count());
    }

    [Fact]
    public async Task A_mined_workspace_offers_the_step_classifier_and_starts_from_it()
    {
        using var client = Api.As("viewer");
        var catalogue = await client.GetFromJsonAsync<JsonElement>("api/v1/case-notions");
        Assert.True(catalogue.GetProperty("mined").GetBoolean());
        Assert.Equal("mined", catalogue.GetProperty("default_case").GetString());
        Assert.Equal("step", catalogue.GetProperty("default_classifier").GetString());
        Assert.Contains(catalogue.GetProperty("classifiers").EnumerateArray(), c => c.GetProperty("id").GetString() == "step" && c.GetProperty("available").GetBoolean());
        Assert.Contains(catalogue.GetProperty("case_notions").EnumerateArray(), c => c.GetProperty("id").GetString() == "segment" && c.GetProperty("available").GetBoolean());

        // The default map names activities by recognised steps, folded to a readable size; application and action
        // names ("chrome.exe | click") are a choice away.
        var steps = await client.GetFromJsonAsync<JsonElement>("api/v1/map?case=mined&activity=step");
        var stepNames = steps.GetProperty("activities").EnumerateObject().Select(a => a.Name).ToList();
        Assert.InRange(stepNames.Count, 3, 31);
        var raw = await client.GetFromJsonAsync<JsonElement>("api/v1/map?case=mined&activity=app,kind");
        var rawNames = raw.GetProperty("activities").EnumerateObject().Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(stepNames, rawNames.Contains);
        Assert.Equal(raw.GetProperty("num_events").GetInt64(), steps.GetProperty("num_events").GetInt64());

        // Every box of the step map, the folded rare steps too, drills into its events.
        using var admin = Api.As("admin");
        foreach (var name in stepNames.Take(3).Append(stepNames.FirstOrDefault(n => n.StartsWith("Other", StringComparison.Ordinal)) ?? stepNames[0]))
        {
            using var drill = await admin.GetAsync("api/v1/steps/events?case=mined&activity=step&step=" + Uri.EscapeDataString(name));
            Assert.Equal(HttpStatusCode.OK, drill.StatusCode);
            Assert.True((await drill.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").GetInt32() > 0, name);
        }
        await ProblemAssert.Is(await client.GetAsync("api/v1/map?activity=step,app"), 400, "step combined with fields");
    }

    [Fact]
    public async Task Candidates_are_the_candidates_list_of_the_analysis()
    {
        using var client = Api.As("viewer");
        var candidates = await client.GetFromJsonAsync<JsonElement>("api/v1/candidates");
        var analysis = await client.GetFromJsonAsync<JsonElement>("api/v1/analysis");
        Assert.True(candidates.GetArrayLength() > 0);
        Assert.Equal(analysis.GetProperty("candidates").GetRawText(), candidates.GetRawText());
    }

    [Fact]
    public async Task Filter_values_that_try_injection_are_refused_or_harmless()
    {
        using var client = Api.As("admin");
        var before = (await client.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64();
        foreach (var activity in new[] { "app'; DROP TABLE events; --", "attrs.x\"); DELETE FROM events; --", "app,kind) UNION SELECT 1 --" })
            await ProblemAssert.Is(await client.GetAsync("api/v1/map?activity=" + Uri.EscapeDataString(activity)), 400, activity);
        await ProblemAssert.Is(await client.GetAsync("api/v1/map?case=" + Uri.EscapeDataString("segment' OR 1=1 --")), 400, "case");
        await ProblemAssert.Is(await client.GetAsync("api/v1/map?from=" + Uri.EscapeDataString("2024-01-01'; DROP TABLE events")), 400, "from");
        await ProblemAssert.Is(await client.GetAsync("api/v1/map?paths=1e400"), 400, "paths");
        using var team = await client.GetAsync("api/v1/map?team=" + Uri.EscapeDataString("x' OR '1'='1"));
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(0, (await team.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("num_cases").GetInt32());
        using var key = await client.GetAsync("api/v1/map?activity=" + Uri.EscapeDataString("attrs.a-b.c"));
        Assert.Equal(HttpStatusCode.OK, key.StatusCode);
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64());
    }
}
