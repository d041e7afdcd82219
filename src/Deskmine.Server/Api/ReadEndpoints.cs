using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Deskmine.Server.Reading;
using Deskmine.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>The read API of viewers and up: overview, map, variants, candidates, analysis (see <c>docs/server.md</c>).</summary>
internal static class ReadEndpoints
{
    public sealed record VariantItem(IReadOnlyList<string> Activities, int Count, double Share);

    public sealed record VariantsAnswer(int NumCases, int NumVariants, IReadOnlyList<VariantItem> Variants);

    public sealed record OverviewAnswer(int People, double Hours, long Events, int Sessions, int TaskTypes, IReadOnlyList<string> Teams, JsonArray TopCandidates, int K);

    /// <summary>The read model: the generation of the data answered from, when it was published, and how far its warming is.</summary>
    public sealed record StatusAnswer(long Generation, DateTimeOffset? PublishedAt, ReadModel.WarmStatus Warming);

    public static void Map(RouteGroupBuilder viewer)
    {
        viewer.MapGet("/overview", async Task<CachedJson<OverviewAnswer>> (WorkspaceReader reader, CancellationToken ct) =>
            new((await OverviewJsonAsync(reader, ct))!));

        viewer.MapGet("/status", (ReadModel reads) =>
            TypedResults.Ok(new StatusAnswer(reads.Generation, reads.PublishedAt, reads.Status)));

        viewer.MapGet("/case-notions", async Task<CachedJson<CaseNotionCatalogue>> (WorkspaceReader reader, CancellationToken ct) =>
            new((await reader.JsonAsync("case-notions", async () => await reader.CaseNotionsAsync(ct)))!));

        viewer.MapGet("/map", async Task<Results<CachedJson<JsonObject>, ProblemHttpResult>> (HttpRequest request, ClaimsPrincipal user, WorkspaceReader reader, CancellationToken ct) =>
        {
            var (query, parameter, detail) = MapQuery.Parse(request.Query);
            if (query is null)
                return (ProblemHttpResult)ApiProblems.BadParameter(parameter!, detail!);
            if (!TryCount(request.Query, "variants", 0, out var variants))
                return (ProblemHttpResult)ApiProblems.BadParameter("variants", "expected a whole number of at least 0 (the most frequent variants to send with the map)");
            var answer = await reader.MapJsonAsync(query, ct, variants);
            return Withheld(answer.People, answer.Events, user, reader) ?? (Results<CachedJson<JsonObject>, ProblemHttpResult>)new CachedJson<JsonObject>(answer);
        });

        viewer.MapGet("/variants", async Task<Results<CachedJson<VariantsAnswer>, ProblemHttpResult>> (HttpRequest request, ClaimsPrincipal user, WorkspaceReader reader, CancellationToken ct) =>
        {
            var (query, parameter, detail) = MapQuery.Parse(request.Query);
            if (query is null)
                return (ProblemHttpResult)ApiProblems.BadParameter(parameter!, detail!);
            if (!TryCount(request.Query, "limit", 1, out var limit))
                return (ProblemHttpResult)ApiProblems.BadParameter("limit", "expected a whole number of at least 1 (the most frequent variants to send)");
            var answer = await VariantsJsonAsync(reader, query, ct, limit);
            return Withheld(answer.People, answer.Events, user, reader) ?? (Results<CachedJson<VariantsAnswer>, ProblemHttpResult>)new CachedJson<VariantsAnswer>(answer);
        });

        viewer.MapGet("/candidates", async Task<Results<CachedJson<JsonArray>, ProblemHttpResult>> (WorkspaceReader reader, CancellationToken ct) =>
            await CandidatesJsonAsync(reader, ct) is { } answer
                ? new CachedJson<JsonArray>(answer)
                : NotMined());

        viewer.MapGet("/analysis", async Task<Results<CachedJson<JsonObject>, ProblemHttpResult>> (WorkspaceReader reader, CancellationToken ct) =>
            await reader.JsonAsync("analysis", async () => await reader.AnalysisJsonAsync(ct)) is { } answer
                ? new CachedJson<JsonObject>(answer)
                : NotMined());
    }

    /// <summary>Variants the dashboard's explorer shows at first (it asks for more when a person wants them).</summary>
    internal const int DashboardVariants = 10;

    /// <summary>Variants the dashboard asks for with a map: none, it lists them from <c>/variants</c>.</summary>
    internal const int DashboardMapVariants = 0;

    /// <summary>
    /// The variants answer as sent (also computed while a generation warms): the <paramref name="limit"/> most frequent
    /// variants, or all of them without a limit; <c>num_variants</c> counts all either way.
    /// </summary>
    /// <remarks>All variants of 0.8 M events made a 12.8 MB answer for a list whose first 10 are shown.</remarks>
    internal static Task<JsonAnswer> VariantsJsonAsync(WorkspaceReader reader, MapQuery query, CancellationToken ct, int? limit = null) =>
        reader.FilteredJsonAsync(limit is { } n ? "variants-" + n.ToString(CultureInfo.InvariantCulture) : "variants", query, reader.VariantsAsync, map =>
        {
            var total = Math.Max(1, map.NumCases);
            return new VariantsAnswer(map.NumCases, map.NumVariants,
                map.Variants.Take(limit ?? int.MaxValue).Select(v => new VariantItem(v.Activities, v.Count, Math.Round((double)v.Count / total, 6))).ToList());
        }, ct);

    // ?limit=N (variants, at least 1) and ?variants=N (map, at least 0): a whole number; absent means every variant (the
    // answer callers had before limits).
    private static bool TryCount(IQueryCollection query, string name, int least, out int? count)
    {
        count = null;
        if (query[name] is not { Count: > 0 } values)
            return true;
        if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < least)
            return false;
        count = n;
        return true;
    }

    /// <summary>The overview as sent (also computed while a generation warms).</summary>
    internal static Task<JsonAnswer?> OverviewJsonAsync(WorkspaceReader reader, CancellationToken ct) =>
        reader.JsonAsync("overview", async () => await OverviewAsync(reader, ct));

    /// <summary>The candidates as sent, <c>null</c> before the first recognition run (also computed while a generation warms).</summary>
    internal static Task<JsonAnswer?> CandidatesJsonAsync(WorkspaceReader reader, CancellationToken ct) =>
        reader.JsonAsync("candidates", async () => (await reader.AnalysisJsonAsync(ct))?["candidates"]!.DeepClone());

    private static async Task<OverviewAnswer> OverviewAsync(WorkspaceReader reader, CancellationToken ct)
    {
        var totals = await reader.TotalsAsync(ct);
        var catalogue = await reader.CatalogueAsync(ct);
        JsonObject? analysis;
        try
        {
            analysis = await reader.AnalysisJsonAsync(ct);
        }
        catch (WorkspaceProblemException)
        {
            // A recognition run whose events are gone (retention, erasure): the overview still counts what is left.
            analysis = null;
        }
        var top = new JsonArray();
        if (analysis?["candidates"] is JsonArray candidates)
        {
            foreach (var c in candidates.Take(5))
                top.Add(c!.DeepClone());
        }
        // Only teams of at least k people are named; smaller ones are not even listed.
        var teams = totals.PeoplePerTeam.Where(t => t.Value >= reader.K).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        return new OverviewAnswer(totals.People, Math.Round(totals.Hours, 2), totals.Events, totals.Sessions,
            catalogue?.Entries.Count ?? 0, teams, top, reader.K);
    }

    internal static ProblemHttpResult NotMined() => (ProblemHttpResult)ApiProblems.NotFound("No recognition run",
        "This workspace has no recognition run yet: run 'deskmine mine -w DIR' (or POST /api/v1/mine) first.");

    /// <summary>Parses the shared filters and applies them; withholds answers about fewer than k people from non-admins.</summary>
    internal static async Task<((MapQuery Query, Deskmine.Core.Logs.EventLog Log)? Query, ProblemHttpResult? Problem)> Filtered(
        HttpRequest request, ClaimsPrincipal user, WorkspaceReader reader, CancellationToken ct, bool activityIsStep = false)
    {
        var (query, parameter, detail) = MapQuery.Parse(request.Query, activityIsStep);
        if (query is null)
            return (null, (ProblemHttpResult)ApiProblems.BadParameter(parameter!, detail!));
        var (log, people) = await reader.FilteredAsync(query, ct);
        return Withheld(people, log.EventCount, user, reader) is { } withheld ? (null, withheld) : ((query, log), null);
    }

    /// <summary>The refusal of an answer about fewer than k people to a non-admin, or <c>null</c>.</summary>
    internal static ProblemHttpResult? Withheld(int people, long events, ClaimsPrincipal user, WorkspaceReader reader) =>
        people < reader.K && events > 0 && !user.IsInRole("admin")
            ? (ProblemHttpResult)ApiProblems.Withheld(
                $"These filters select the work of fewer than {reader.K} people; answers about so few people are withheld (k-anonymity). Widen the filters (team, time window, task type).")
            : null;
}
