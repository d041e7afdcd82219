using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>k-anonymity, person-level rows for admins only, the audit log and the employee's own page.</summary>
[Collection(ApiCollection.Name)]
public sealed class PrivacyApiTests(SharedApiServer shared)
{
    private ApiServer Api => shared.Api;

    private async Task<string> ATeamAsync()
    {
        using var admin = Api.As("admin");
        var overview = await admin.GetFromJsonAsync<JsonElement>("api/v1/overview");
        return overview.GetProperty("teams")[0].GetString()!;
    }

    private async Task<string> AStepAsync()
    {
        using var viewer = Api.As("viewer");
        var map = await viewer.GetFromJsonAsync<JsonElement>("api/v1/map?case=segment");
        return map.GetProperty("activities").EnumerateObject().First().Name;
    }

    [Fact]
    public async Task Step_events_are_counts_per_team_for_a_viewer_and_rows_for_an_admin_which_the_audit_log_records()
    {
        var step = await AStepAsync();
        using var viewer = Api.As("viewer");
        var counts = await viewer.GetFromJsonAsync<JsonElement>("api/v1/steps/events?case=segment&activity=" + Uri.EscapeDataString(step));
        Assert.Equal(JsonValueKind.Null, counts.GetProperty("rows").ValueKind);
        Assert.True(counts.GetProperty("events").GetInt32() > 0);
        foreach (var group in counts.GetProperty("groups").EnumerateArray())
            Assert.True(group.GetProperty("people").GetInt32() >= 5, group.GetRawText());
        Assert.DoesNotContain(Api.Employee, counts.GetRawText(), StringComparison.Ordinal);

        using var admin = Api.As("admin");
        var rows = await admin.GetFromJsonAsync<JsonElement>("api/v1/steps/events?case=segment&limit=7&activity=auto&step=" + Uri.EscapeDataString(step));
        Assert.Equal(7, rows.GetProperty("rows").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(rows.GetProperty("rows")[0].GetProperty("user").GetString()));
        var audit = await admin.GetFromJsonAsync<JsonElement>("api/v1/audit");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e =>
            e.GetProperty("action").GetString() == "view.step-events" && e.GetProperty("actor").GetString() == "admin" && e.GetProperty("subject").GetString() == step);
    }

    [Fact]
    public async Task A_team_smaller_than_k_is_withheld_from_a_viewer_but_not_from_an_admin()
    {
        await using var strict = await ApiServer.StartAsync(o => o with { MinGroupSize = 6 });
        var team = (await (await strict.As("admin").GetAsync("api/v1/overview")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("teams");
        Assert.Equal(0, team.GetArrayLength());
        using var viewer = strict.As("viewer");
        var anyTeam = await ATeamAsync();
        await ProblemAssert.Is(await viewer.GetAsync("api/v1/map?team=" + Uri.EscapeDataString(anyTeam)), 403, "team of 5 with k = 6");
        var teams = await viewer.GetFromJsonAsync<JsonElement>("api/v1/teams");
        foreach (var t in teams.GetProperty("task_types").EnumerateArray())
            Assert.Equal(0, t.GetProperty("groups").GetArrayLength());
        using var admin = strict.As("admin");
        using var map = await admin.GetAsync("api/v1/map?team=" + Uri.EscapeDataString(anyTeam));
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);

        // With k = 5 the same team of five people is shown to a viewer.
        using var normal = Api.As("viewer");
        using var shown = await normal.GetAsync("api/v1/map?team=" + Uri.EscapeDataString(anyTeam));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task The_employee_sees_only_their_own_data_and_an_unlinked_account_gets_404()
    {
        using var employee = Api.As("employee");
        var data = await employee.GetFromJsonAsync<JsonElement>("api/v1/me/data");
        Assert.Equal(Api.Employee, data.GetProperty("person").GetString());
        Assert.True(data.GetProperty("events").GetInt64() > 0);
        Assert.InRange(data.GetProperty("latest").GetArrayLength(), 1, 100);
        using var viewer = Api.As("viewer");
        await ProblemAssert.Is(await viewer.GetAsync("api/v1/me/data"), 404, "unlinked account");
    }

    [Fact]
    public async Task A_device_token_reads_only_the_status_of_its_own_sessions()
    {
        using var device = Api.Client(ApiServer.DeviceToken);
        await ProblemAssert.Is(await device.GetAsync("api/v1/map"), 403, "device reads the map");
        await ProblemAssert.Is(await device.GetAsync("api/v1/overview"), 403, "device reads the overview");
        var status = await device.GetFromJsonAsync<JsonElement>("api/v1/agents/status");
        Assert.Equal(0, status.GetProperty("sessions").GetArrayLength());
        using var admin = Api.As("admin");
        var all = await admin.GetFromJsonAsync<JsonElement>("api/v1/sessions");
        Assert.True(all.GetProperty("sessions").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Compliance_without_configured_rules_is_a_404_problem()
    {
        using var viewer = Api.As("viewer");
        await ProblemAssert.Is(await viewer.GetAsync("api/v1/compliance"), 404, "no rules");
    }
}
