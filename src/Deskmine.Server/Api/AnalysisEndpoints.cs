using System.Security.Claims;
using System.Text.Json.Nodes;
using Deskmine.Server.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>Task types, team comparison, compliance and guides for viewers and up (see <c>docs/server.md</c>).</summary>
internal static class AnalysisEndpoints
{
    public sealed record GuideItem(string Id, string Name, int Instances, string Href);

    public static void Map(RouteGroupBuilder viewer)
    {
        viewer.MapGet("/tasks", async Task<Results<CachedJson<IReadOnlyList<TaskList.Item>>, ProblemHttpResult>> (WorkspaceReader reader, CancellationToken ct) =>
            await reader.JsonAsync("tasks", async () => await reader.TasksAsync(ct)) is { } tasks
                ? new CachedJson<IReadOnlyList<TaskList.Item>>(tasks)
                : ReadEndpoints.NotMined());

        viewer.MapGet("/teams", async Task<Results<CachedJson<TeamComparison.Answer>, ProblemHttpResult>> (WorkspaceReader reader, CancellationToken ct) =>
            await reader.JsonAsync("teams", async () => await reader.TeamsAsync(ct)) is { } teams
                ? new CachedJson<TeamComparison.Answer>(teams)
                : ReadEndpoints.NotMined());

        viewer.MapGet("/compliance", async Task<Results<CachedJson<JsonObject>, ProblemHttpResult>> (ClaimsPrincipal user, WorkspaceReader reader, CancellationToken ct) =>
        {
            // What a non-admin sees differs from an admin's answer: one cached answer for each.
            var admin = user.IsInRole("admin");
            if (await reader.JsonAsync(admin ? "compliance|admin" : "compliance", async () => await reader.ComplianceAsync(ct) is { } compliance
                    ? KAnonymousCompliance(compliance.Json, compliance.PeoplePerTeam, reader.K, admin)
                    : null) is not { } answer)
            {
                return (ProblemHttpResult)ApiProblems.NotFound("No compliance rules configured",
                    "Start the server with --rules FILE (declarative rules, as 'deskmine compliance --rules') to check the workspace.");
            }
            return new CachedJson<JsonObject>(answer);
        });

        viewer.MapGet("/guides", async Task<Results<CachedJson<List<GuideItem>>, ProblemHttpResult>> (WorkspaceReader reader, CancellationToken ct) =>
            await reader.JsonAsync("guides", async () => await reader.GuidesAsync(ct) is { } guides
                ? guides.Select(g => new GuideItem(g.TaskTypeId, g.Name, g.Instances, "/api/v1/guides/" + Uri.EscapeDataString(g.TaskTypeId))).ToList()
                : null) is { } answer
                ? new CachedJson<List<GuideItem>>(answer)
                : ReadEndpoints.NotMined());

        viewer.MapGet("/guides/{id}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string id, WorkspaceReader reader, CancellationToken ct) =>
        {
            if (await reader.GuidesAsync(ct) is not { } guides)
                return ReadEndpoints.NotMined();
            if (guides.FirstOrDefault(g => g.TaskTypeId == id) is not { } guide)
                return (ProblemHttpResult)ApiProblems.NotFound("No such guide", $"No task type has the id given in the path; GET /api/v1/guides lists them.");
            return TypedResults.Text(await File.ReadAllTextAsync(guide.HtmlPath, ct), "text/html; charset=utf-8");
        });
    }

    /// <summary>
    /// Compliance as the API shows it: rates of groups with fewer than k people are left out (counted in
    /// <c>suppressed_groups</c>); for non-admins the person of each deviation's events and the group of a left-out
    /// group are removed.
    /// </summary>
    internal static JsonObject KAnonymousCompliance(JsonObject source, IReadOnlyDictionary<string, int> peoplePerTeam, int k, bool admin)
    {
        var json = (JsonObject)source.DeepClone();
        bool Small(string? team) => team is null || !peoplePerTeam.TryGetValue(team, out var n) || n < k;
        if (json["rates_by_team"] is JsonArray rates)
        {
            var small = rates.Where(r => Small((string?)r!["value"])).ToList();
            foreach (var r in small)
                rates.Remove(r);
            json["suppressed_groups"] = small.Count;
        }
        if (!admin && json["deviations"] is JsonArray deviations)
        {
            foreach (var d in deviations.OfType<JsonObject>())
            {
                if (Small((string?)d["group"]))
                    d.Remove("group");
                if (d["events"] is JsonArray events)
                {
                    foreach (var e in events.OfType<JsonObject>())
                        e.Remove("resource");
                }
            }
        }
        json["k"] = k;
        return json;
    }
}
