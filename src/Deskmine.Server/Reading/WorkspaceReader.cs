using System.Text.Json.Nodes;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Results;
using Deskmine.Core.Logs;
using Deskmine.Mining.Maps;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Conformance;
using Deskmine.Workspaces.Documents;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Server.Reading;

/// <summary>
/// The read use cases of the API over the current snapshot: each calls the application layer
/// (<c>Deskmine.Workspaces</c>) as the CLI does and keeps the answer until the snapshot changes.
/// </summary>
internal sealed class WorkspaceReader(ReadModel reads, ServerOptions options,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IDisposable
{
    private readonly string _guidesRoot = Path.Combine(Path.GetTempPath(), "deskmine-guides-" + Guid.NewGuid().ToString("N"));

    /// <summary>Removes the guide files written for the API.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_guidesRoot))
                Directory.Delete(_guidesRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// The answer <paramref name="key"/> serialised as the API sends it, once per generation of the data; <c>null</c>
    /// when <paramref name="compute"/> has nothing to answer (no recognition run).
    /// </summary>
    public Task<JsonAnswer?> JsonAsync(string key, Func<Task<object?>> compute) =>
        reads.JsonAsync(key, async () => await compute().ConfigureAwait(false) is { } value ? new JsonAnswer.Source(value) : null, json.Value.SerializerOptions);

    /// <summary>
    /// The answer <paramref name="kind"/> of a filtered query serialised once per generation: <paramref name="shape"/>
    /// turns the computed value into what is sent. People and events are kept with the bytes for k-anonymity.
    /// </summary>
    public async Task<JsonAnswer> FilteredJsonAsync<T>(string kind, MapQuery query, Func<MapQuery, CancellationToken, Task<FilteredAnswer<T>>> compute,
        Func<T, object> shape, CancellationToken cancellationToken)
        where T : notnull =>
        (await reads.JsonAsync(kind + "|" + query.AnswerKey, async () =>
        {
            var answer = await compute(query, cancellationToken).ConfigureAwait(false);
            return new JsonAnswer.Source(shape(answer.Value), answer.People, answer.Events);
        }, json.Value.SerializerOptions).ConfigureAwait(false))!;

    /// <summary>The k of k-anonymity.</summary>
    public int K => options.MinGroupSize;

    /// <summary>
    /// The stored log of a query's case notion and classifier, before filters, read once per generation. In a mined
    /// workspace it carries each event's task type, so that a map of one task type filters this log in memory
    /// instead of reading the store again (9 CPU-s per task type on 0.8 M events).
    /// </summary>
    public async Task<EventLog> LogAsync(MapQuery query, CancellationToken cancellationToken)
    {
        var taskTypes = (await CaseNotionsAsync(cancellationToken).ConfigureAwait(false)).Mined;
        // Same checks and meaning as the CLI's --case and --classifier (an unknown case notion is refused before reading).
        var logQuery = query.ToLogQuery(taskTypes);
        return await reads.GetBoundedAsync(query.LogKey(taskTypes), ws => LogSources.Read(ws.Events, logQuery), LogBytes.Of, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The log after the query's filters, and how many people it holds. The part the time window, teams and task type
    /// select is kept per generation, so moving a slider on a filtered map filters only that part again.
    /// </summary>
    public async Task<(EventLog Log, int People)> FilteredAsync(MapQuery query, CancellationToken cancellationToken)
    {
        var log = await LogAsync(query, cancellationToken).ConfigureAwait(false);
        if (query.Selects)
        {
            var key = "selection|" + query.LogKey(false) + "|" + query.SelectionKey;
            if (reads.Peek<EventLog>(key) is { } selected)
            {
                log = selected;
            }
            else
            {
                string? taskTypeName = null;
                if (query.TaskType is { } id)
                    taskTypeName = (await CatalogueAsync(cancellationToken).ConfigureAwait(false))?.Entries.FirstOrDefault(e => e.Key == id)?.Name ?? "\u0000no such task type";
                // Filtered outside the store's gate: pure work on the cached log.
                selected = query.SelectionFilter(taskTypeName).Apply(log);
                log = await reads.GetBoundedAsync(key, _ => selected, LogBytes.Of, cancellationToken).ConfigureAwait(false);
            }
        }
        // The map, its variants and every drill-down into one of its steps share the shaped log (folding and the
        // activity slider cost a pass over the whole log: about 200 CPU-ms per request on 0.8 M events).
        var shapedKey = "shaped|" + query.LogKey(false) + "|" + query.SelectionKey + "|" + query.Activities.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (reads.Peek<Shaped>(shapedKey) is { } shaped)
            return (shaped.Log, shaped.People);
        var filtered = query.ShapingFilter().Apply(log);
        // A log that no filter changed is the one already counted.
        shaped = await reads.GetBoundedAsync(shapedKey, _ => new Shaped(filtered, KAnonymity.People(filtered)),
            s => ReferenceEquals(s.Log, log) ? 0 : LogBytes.Of(s.Log), cancellationToken).ConfigureAwait(false);
        return (shaped.Log, shaped.People);
    }

    private sealed record Shaped(EventLog Log, int People);

    /// <summary>The map of <c>deskmine map --json</c> with the same filters.</summary>
    public static ProcessMap Map(EventLog filtered, MapQuery query) => query.ApplyPaths(ProcessMaps.Discover(filtered));

    /// <summary>An answer computed from a filtered log, with how many people and events it is about (for k-anonymity).</summary>
    public sealed record FilteredAnswer<T>(T Value, int People, long Events);

    /// <summary>
    /// The answer of <paramref name="query"/> computed from its filtered log (outside the store's gate: pure work on
    /// the cached log). Not kept itself: what is kept is the answer as sent (<see cref="FilteredJsonAsync"/>); keeping
    /// both doubled the memory of every map and slowed every request through garbage collection.
    /// </summary>
    public async Task<FilteredAnswer<T>> AnswerAsync<T>(MapQuery query, Func<EventLog, MapQuery, T> compute, CancellationToken cancellationToken)
        where T : notnull
    {
        var (log, people) = await FilteredAsync(query, cancellationToken).ConfigureAwait(false);
        return new FilteredAnswer<T>(compute(log, query), people, log.EventCount);
    }

    /// <summary>The map answer of <c>GET /api/v1/map</c>.</summary>
    public Task<FilteredAnswer<string>> MapAsync(MapQuery query, CancellationToken cancellationToken) =>
        AnswerAsync(query, (log, q) => ProcessMapJson.ToJson(Map(log, q), indented: false), cancellationToken);

    /// <summary>
    /// The map answer of <c>GET /api/v1/map</c> as sent: with <paramref name="variants"/>, only that many of the most
    /// frequent variants (<c>num_variants</c> still counts all); without, every variant.
    /// </summary>
    /// <remarks>The variants of 10 M mined events made the default map a 170 MB answer; the dashboard draws none of them.</remarks>
    public Task<JsonAnswer> MapJsonAsync(MapQuery query, CancellationToken cancellationToken, int? variants = null) =>
        FilteredJsonAsync(variants is { } n ? "map-v" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "map", query, MapAsync, map =>
        {
            var answer = JsonNode.Parse(map)!.AsObject();
            if (variants is { } keep && answer["variants"] is JsonArray list)
            {
                while (list.Count > keep)
                    list.RemoveAt(list.Count - 1);
            }
            return answer;
        }, cancellationToken);

    /// <summary>The variants of <c>GET /api/v1/variants</c> (the map's variants, without times).</summary>
    public Task<FilteredAnswer<ProcessMap>> VariantsAsync(MapQuery query, CancellationToken cancellationToken) =>
        AnswerAsync(query, (log, _) => ProcessMaps.Discover(log, new ProcessMapOptions { Performance = false }), cancellationToken);

    /// <summary>
    /// The answers a dashboard opens with, in the order it asks for them: what the overview, the task types page and
    /// the explorer's first map need. Computed for every new generation of the data before anyone asks.
    /// </summary>
    public IReadOnlyList<(string Step, Func<Task> Warm)> WarmSteps(CancellationToken cancellationToken)
    {
        // The explorer's first query: the default case notion and classifier, the sliders at 80 % and 50 %.
        async Task<MapQuery> ExplorerQuery()
        {
            var catalogue = await CaseNotionsAsync(cancellationToken).ConfigureAwait(false);
            return new MapQuery { CaseNotion = catalogue.DefaultCase, Classifier = catalogue.DefaultClassifier.Split(','), Activities = 80, Paths = 50 };
        }

        async Task DefaultMap()
        {
            var query = await ExplorerQuery().ConfigureAwait(false);
            await MapJsonAsync(query, cancellationToken, Api.ReadEndpoints.DashboardMapVariants).ConfigureAwait(false);
            await Api.ReadEndpoints.VariantsJsonAsync(this, query, cancellationToken, Api.ReadEndpoints.DashboardVariants).ConfigureAwait(false);
        }

        // The explorer's filters one click away: each team (of at least k people) and each task type. Their selections
        // are kept, so a slider moved afterwards filters only the selected part.
        async Task FilteredMaps()
        {
            var query = await ExplorerQuery().ConfigureAwait(false);
            var totals = await TotalsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var team in totals.PeoplePerTeam.Where(t => t.Value >= K).Select(t => t.Key).Order(StringComparer.Ordinal))
            {
                await MapJsonAsync(query with { Teams = [team] }, cancellationToken, Api.ReadEndpoints.DashboardMapVariants).ConfigureAwait(false);
                CollectGarbage();
            }
            if (await CatalogueAsync(cancellationToken).ConfigureAwait(false) is { } types)
            {
                foreach (var type in types.Entries)
                {
                    await MapJsonAsync(query with { TaskType = type.Key }, cancellationToken, Api.ReadEndpoints.DashboardMapVariants).ConfigureAwait(false);
                    CollectGarbage();
                }
            }
        }

        // A mined workspace starts from steps; the next classifier a person picks is application and action, whose log
        // is a second read of the store.
        async Task OtherClassifier()
        {
            var catalogue = await CaseNotionsAsync(cancellationToken).ConfigureAwait(false);
            if (!catalogue.Mined)
                return;
            var query = await ExplorerQuery().ConfigureAwait(false) with { Classifier = ["app", "kind"] };
            await MapJsonAsync(query, cancellationToken, Api.ReadEndpoints.DashboardMapVariants).ConfigureAwait(false);
            await Api.ReadEndpoints.VariantsJsonAsync(this, query, cancellationToken, Api.ReadEndpoints.DashboardVariants).ConfigureAwait(false);
        }

        return
        [
            ("totals", () => TotalsAsync(cancellationToken)),
            ("task types", () => CatalogueAsync(cancellationToken)),
            ("case notions", () => CaseNotionsAsync(cancellationToken)),
            ("analysis", () => AnalysisJsonAsync(cancellationToken)),
            ("task list", () => TasksAsync(cancellationToken)),
            // The overview's and candidates' answers as sent: serialising the analysis costs about a CPU-second.
            ("overview", () => Api.ReadEndpoints.OverviewJsonAsync(this, cancellationToken)),
            ("candidates", () => Api.ReadEndpoints.CandidatesJsonAsync(this, cancellationToken)),
            ("default map", DefaultMap),
            // Pages one click away whose first answer costs seconds to minutes on a large workspace.
            ("teams", () => TeamsAsync(cancellationToken)),
            ("guides", () => GuidesAsync(cancellationToken)),
            ("filtered maps", FilteredMaps),
            ("application and action", OtherClassifier),
        ];
    }

    // Each filtered map leaves garbage of its selected and shaped logs; at 10 M events the maps of every team and task
    // type in a row took the process from 8.3 to 10.5 GB before the step's end collected it (docs/benchmarks.md).
    private static void CollectGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>The task types the last recognition run stored, or <c>null</c> before the first one.</summary>
    public async Task<TaskTypeCatalogue?> CatalogueAsync(CancellationToken cancellationToken) =>
        (await reads.GetAsync("catalogue", ws => new Optional<TaskTypeCatalogue>(TaskTypeCatalogue.Read(ws.Events)), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>
    /// The answers of <c>deskmine analyze</c> (with the task list, team comparison and guides), or <c>null</c> when the
    /// workspace has no recognition run yet.
    /// </summary>
    public async Task<AnalysisAnswers?> AnalysisAsync(CancellationToken cancellationToken)
    {
        if (await CatalogueAsync(cancellationToken).ConfigureAwait(false) is null)
            return null;
        if (reads.Peek<AnalysisAnswers>("analysis") is { } kept)
            return kept;
        var computed = false;
        var answers = await reads.GetAsync("analysis", ws =>
        {
            computed = true;
            var run = AnalysisRun.Run(ws, new AnalysisRequest
            {
                AssumptionsFile = options.AssumptionsFile,
                MinGroupSize = options.MinGroupSize,
            });
            var folder = Path.Combine(_guidesRoot, "g" + reads.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return AnalysisAnswers.Of(run, K, folder, options.Time);
        }, cancellationToken).ConfigureAwait(false);
        // The run's work log is garbage now: gigabytes on a large workspace, which a compacting collection gives back
        // to the system at once instead of leaving the process at its peak (docs/benchmarks.md).
        if (computed)
            CollectGarbage();
        return answers;
    }

    /// <summary>The whole <c>analyze --json</c> object.</summary>
    public async Task<JsonObject?> AnalysisJsonAsync(CancellationToken cancellationToken)
    {
        var answers = await AnalysisAsync(cancellationToken).ConfigureAwait(false);
        if (answers is null)
            return null;
        var json = await reads.GetAsync("analysis.json", _ => AnalysisJson.Write(answers.Analysis), cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>The task types with their figures (the list of <c>deskmine tasks --json</c>).</summary>
    public async Task<IReadOnlyList<TaskList.Item>?> TasksAsync(CancellationToken cancellationToken) =>
        (await AnalysisAsync(cancellationToken).ConfigureAwait(false))?.Tasks;

    /// <summary>The team comparison of the analysis.</summary>
    public async Task<TeamComparison.Answer?> TeamsAsync(CancellationToken cancellationToken) =>
        (await AnalysisAsync(cancellationToken).ConfigureAwait(false))?.Teams;

    /// <summary>The guides of every task type (<c>deskmine docs</c>), written once per snapshot into a private folder.</summary>
    public async Task<IReadOnlyList<GuideDocument>?> GuidesAsync(CancellationToken cancellationToken) =>
        (await AnalysisAsync(cancellationToken).ConfigureAwait(false))?.Guides;

    /// <summary>The compliance check of the configured rules, or <c>null</c> when none are configured.</summary>
    public async Task<(JsonObject Json, IReadOnlyDictionary<string, int> PeoplePerTeam)?> ComplianceAsync(CancellationToken cancellationToken)
    {
        if (options.RulesFile is not { } rulesFile)
            return null;
        var rules = ComplianceRun.ReadRules(rulesFile);
        var (json, people) = await reads.GetAsync("compliance", ws =>
        {
            var query = LogSources.Query(options.RulesCaseNotion, options.RulesClassifier, ["user", "team"]);
            var log = ws.Events.ReadLog(query);
            return (ComplianceJson.Write(ComplianceRun.Check(log, rules, "team"), indented: false), KAnonymity.PeoplePer(log, "team"));
        }, cancellationToken).ConfigureAwait(false);
        return (JsonNode.Parse(json)!.AsObject(), people);
    }

    /// <summary>Runs a person-level read on the snapshot (not cached: each such view is audited on its own).</summary>
    public Task<T> PersonLevelAsync<T>(Func<Storage.Workspaces.Workspace, T> read, CancellationToken cancellationToken) =>
        reads.ReadAsync(read, cancellationToken);

    /// <summary>The case notions and classifiers this workspace can answer maps for, and the ones the dashboard starts with.</summary>
    public Task<CaseNotionCatalogue> CaseNotionsAsync(CancellationToken cancellationToken) =>
        reads.GetAsync("case-notions", ws => CaseNotionCatalogue.Of(ws.Events), cancellationToken);

    /// <summary>Counts for the overview: events, sessions, people, recorded hours.</summary>
    public Task<Totals> TotalsAsync(CancellationToken cancellationToken) =>
        reads.GetAsync("totals", ws =>
        {
            var log = ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Session, Attributes = ["user", "team"] });
            double seconds = 0;
            for (var c = 0; c < log.CaseCount; c++)
            {
                var ts = log.TimestampsOf(c);
                if (ts.Length > 1)
                    seconds += (ts[^1] - ts[0]) / 1e6;
            }
            var teams = KAnonymity.PeoplePer(log, "team");
            return new Totals(log.EventCount, log.CaseCount, KAnonymity.People(log), seconds / 3600, teams);
        }, cancellationToken);

    /// <summary>Workspace totals; <see cref="PeoplePerTeam"/> is for k-anonymity checks, never shown as such.</summary>
    public sealed record Totals(long Events, int Sessions, int People, double Hours, IReadOnlyDictionary<string, int> PeoplePerTeam);

    private sealed record Optional<T>(T? Value);
}
