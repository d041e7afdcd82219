using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>Renaming, merging and splitting task types through the API, on a server of their own (each one writes).</summary>
public sealed class LabellingApiTests
{
    [Fact]
    public async Task An_analyst_renames_a_task_type_and_every_answer_shows_the_new_name_and_the_audit_log_has_it()
    {
        await using var api = await ApiServer.StartAsync();
        using var analyst = api.As("analyst");
        var id = (await analyst.GetFromJsonAsync<JsonElement>("api/v1/candidates"))[0].GetProperty("task_type").GetString()!;
        const string NewName = "Post supplier invoices";

        using var response = await analyst.PostAsJsonAsync($"api/v1/tasks/{Uri.EscapeDataString(id)}/rename", new { name = "  " + NewName + " " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rename", answer.GetProperty("rule").GetString());
        Assert.Equal(NewName, answer.GetProperty("changed")[0].GetProperty("name").GetString());

        var tasks = await analyst.GetFromJsonAsync<JsonElement>("api/v1/tasks");
        Assert.Equal(NewName, tasks.EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("name").GetString());
        var candidates = await analyst.GetFromJsonAsync<JsonElement>("api/v1/candidates");
        Assert.Contains(candidates.EnumerateArray(), c => c.GetProperty("name").GetString()!.Contains(NewName, StringComparison.Ordinal));

        using var admin = api.As("admin");
        var audit = await admin.GetFromJsonAsync<JsonElement>("api/v1/audit");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e =>
            e.GetProperty("action").GetString() == "tasks.rename" && e.GetProperty("subject").GetString() == id
            && e.GetProperty("actor").GetString() == "analyst");
    }

    [Fact]
    public async Task Merging_two_types_leaves_one_and_splitting_it_by_application_divides_it_again()
    {
        await using var api = await ApiServer.StartAsync();
        using var analyst = api.As("analyst");
        var before = (await analyst.GetFromJsonAsync<JsonElement>("api/v1/tasks")).EnumerateArray().ToList();
        Assert.True(before.Count >= 2, $"{before.Count} task types");
        var ids = before.Take(2).Select(t => t.GetProperty("id").GetString()!).ToList();
        var instances = before.Take(2).Sum(t => t.GetProperty("instances").GetInt32());

        using var merged = await analyst.PostAsJsonAsync("api/v1/tasks/merge", new { ids, name = "Back-office work" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var after = (await analyst.GetFromJsonAsync<JsonElement>("api/v1/tasks")).EnumerateArray().ToList();
        Assert.Equal(before.Count - 1, after.Count);
        var one = after.Single(t => t.GetProperty("name").GetString() == "Back-office work");
        Assert.Equal(instances, one.GetProperty("instances").GetInt32());

        using var split = await analyst.PostAsJsonAsync($"api/v1/tasks/{Uri.EscapeDataString(one.GetProperty("id").GetString()!)}/split", new { by = "application" });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var answer = await split.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("split", answer.GetProperty("rule").GetString());
        Assert.True(answer.GetProperty("changed").GetArrayLength() >= 1);
        Assert.True((await analyst.GetFromJsonAsync<JsonElement>("api/v1/tasks")).GetArrayLength() > after.Count);
    }

    [Fact]
    public async Task Viewers_and_device_tokens_are_refused_and_bad_requests_get_problem_details_that_change_nothing()
    {
        await using var api = await ApiServer.StartAsync();
        using var analyst = api.As("analyst");
        var tasks = await analyst.GetFromJsonAsync<JsonElement>("api/v1/tasks");
        var id = tasks[0].GetProperty("id").GetString()!;
        var name = tasks[0].GetProperty("name").GetString()!;
        var path = $"api/v1/tasks/{Uri.EscapeDataString(id)}/rename";

        using (var viewer = api.As("viewer"))
            await ProblemAssert.Is(await viewer.PostAsJsonAsync(path, new { name = "By a viewer" }), 403, "rename as viewer");
        using (var device = api.Client(ApiServer.DeviceToken))
        {
            await ProblemAssert.Is(await device.PostAsJsonAsync(path, new { name = "By a device" }), 403, "rename with a device token");
            await ProblemAssert.Is(await device.PostAsJsonAsync("api/v1/tasks/merge", new { ids = new[] { id, id } }), 403, "merge with a device token");
        }
        using (var anonymous = api.Client(null))
            await ProblemAssert.Is(await anonymous.PostAsJsonAsync(path, new { name = "Nobody" }), 401, "rename without credentials");

        await ProblemAssert.Is(await analyst.PostAsJsonAsync(path, new { name = "" }), 400, "empty name");
        await ProblemAssert.Is(await analyst.PostAsJsonAsync(path, new { name = new string('x', 61) }), 400, "name too long");
        await ProblemAssert.Is(await analyst.PostAsJsonAsync(path, new { name = "two\nlines" }), 400, "control character");
        await ProblemAssert.Is(await analyst.PostAsJsonAsync(path, new { nom = "x" }), 400, "no name field");
        await ProblemAssert.Is(await analyst.PostAsJsonAsync("api/v1/tasks/no-such-type/rename", new { name = "X" }), 400, "unknown type");
        await ProblemAssert.Is(await analyst.PostAsJsonAsync("api/v1/tasks/merge", new { ids = new[] { id } }), 400, "merge of one");
        var split = await ProblemAssert.Is(await analyst.PostAsJsonAsync($"api/v1/tasks/{Uri.EscapeDataString(id)}/split", new { by = "colour" }), 400, "split by an unknown attribute");
        Assert.Contains("by", split.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        await ProblemAssert.Is(await analyst.PostAsJsonAsync($"api/v1/tasks/{Uri.EscapeDataString(id)}/split", new { action = "x" }), 400, "split on an action without a name");
        // SQL and path tricks in the id are only an unknown type.
        await ProblemAssert.Is(await analyst.PostAsJsonAsync("api/v1/tasks/" + Uri.EscapeDataString("x'; DROP TABLE events; --") + "/rename", new { name = "X" }), 400, "injection in the id");

        var after = await analyst.GetFromJsonAsync<JsonElement>("api/v1/tasks");
        Assert.Equal(tasks.GetArrayLength(), after.GetArrayLength());
        Assert.Equal(name, after.EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("name").GetString());
        Assert.True((await analyst.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64() > 0);
    }
}
