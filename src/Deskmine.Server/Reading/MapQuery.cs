using System.Globalization;
using System.Text.RegularExpressions;
using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;
using Deskmine.Workspaces.Sources;
using Microsoft.AspNetCore.Http;

namespace Deskmine.Server.Reading;

/// <summary>
/// The query parameters shared by the map-like endpoints, with the meaning of the CLI's options of the same name:
/// <c>case</c> (<c>--case</c>), <c>activity</c> or <c>classifier</c> (<c>--classifier</c>), <c>activities</c> and <c>paths</c> (the
/// sliders, percent), <c>team</c> (repeatable), <c>from</c> and <c>to</c> (ISO 8601) and <c>task_type</c> (a task
/// type id of <c>GET /api/v1/tasks</c>). Values are checked against closed lists or parsed as numbers and times; none
/// reaches SQL as text (field names are matched against the schema, filter values are compared in memory).
/// </summary>
internal sealed partial record MapQuery
{
    public string CaseNotion { get; init; } = CaseNotions.Auto;
    public IReadOnlyList<string> Classifier { get; init; } = ["auto"];
    public double Activities { get; init; } = 100;
    public double Paths { get; init; } = 100;
    public IReadOnlyList<string> Teams { get; init; } = [];
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? TaskType { get; init; }

    /// <summary>
    /// The key of the stored log this query reads (filters apply afterwards); with <paramref name="taskTypes"/> the log
    /// carries each event's task type, so that filtering by task type needs no second read of the store.
    /// </summary>
    public string LogKey(bool taskTypes) => $"log|{CaseNotion}|{string.Join(',', Classifier)}|{(taskTypes || TaskType is not null ? "derived.task_type" : "")}";

    /// <summary>Everything that decides an answer, whatever order or spelling the query string had (the key of cached answers).</summary>
    public string AnswerKey => string.Create(CultureInfo.InvariantCulture,
        $"{CaseNotion}|{string.Join(',', Classifier)}|{Activities:R}|{Paths:R}|{SelectionKey}");

    /// <summary>Whether the query selects part of the log (time window, teams, task type) before the sliders apply.</summary>
    public bool Selects => From is not null || To is not null || Teams.Count > 0 || TaskType is not null;

    /// <summary>What decides the selected part of the log (the key of a cached selection).</summary>
    public string SelectionKey => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join('\u001f', Teams.Order(StringComparer.Ordinal))}|{From:O}|{To:O}|{TaskType}");

    /// <summary>
    /// Parses the query string; on a bad value returns the parameter's name and what is wrong. The classifier is
    /// <c>classifier</c> or, where <c>activity</c> does not name a step (<paramref name="activityIsStep"/>), <c>activity</c>.
    /// </summary>
    public static (MapQuery? Query, string? Parameter, string? Problem) Parse(IQueryCollection q, bool activityIsStep = false)
    {
        var query = new MapQuery();
        if (q["case"] is { Count: > 0 } c)
        {
            if (!CaseNotions.All.Contains(c[0], StringComparer.Ordinal))
                return (null, "case", $"expected one of {string.Join(", ", CaseNotions.All)}");
            query = query with { CaseNotion = c[0]! };
        }
        var classifierName = q.ContainsKey("classifier") || activityIsStep ? "classifier" : "activity";
        if (q[classifierName] is { Count: > 0 } a)
        {
            var fields = (a[0] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length == 0 || fields.Length > 8 || !fields.All(f => FieldName().IsMatch(f)))
                return (null, classifierName, "expected 1-8 comma-separated field names (letters, digits, '_', '.', '-'), e.g. app,kind,target_name or attrs.eventType or auto");
            query = query with { Classifier = fields };
        }
        foreach (var (name, set) in new (string, Func<MapQuery, double, MapQuery>)[]
        {
            ("activities", (m, v) => m with { Activities = v }),
            ("paths", (m, v) => m with { Paths = v }),
        })
        {
            if (q[name] is not { Count: > 0 } v)
                continue;
            if (!double.TryParse(v[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !(percent >= 0 && percent <= 100))
                return (null, name, "expected a percentage between 0 and 100");
            query = set(query, percent);
        }
        var teams = q["team"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        if (teams.Count > 64 || teams.Any(t => t.Length > 200))
            return (null, "team", "at most 64 teams of at most 200 characters");
        query = query with { Teams = teams };
        foreach (var name in new[] { "from", "to" })
        {
            if (q[name] is not { Count: > 0 } v || string.IsNullOrEmpty(v[0]))
                continue;
            if (!DateTimeOffset.TryParse(v[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
                return (null, name, "expected an ISO 8601 time such as 2024-03-01 or 2024-03-01T09:00:00Z");
            query = name == "from" ? query with { From = time } : query with { To = time };
        }
        if (query.From is { } f && query.To is { } t && t <= f)
            return (null, "to", "must be later than 'from'");
        if (q["task_type"] is { Count: > 0 } tt && !string.IsNullOrEmpty(tt[0]))
        {
            if (tt[0]!.Length > 200)
                return (null, "task_type", "at most 200 characters");
            query = query with { TaskType = tt[0] };
        }
        return (query, null, null);
    }

    /// <summary>
    /// The log query for the store: the case notion, the classifier and the columns the filters need, resolved as the
    /// CLI's <c>--case</c> and <c>--classifier</c> are (<c>auto</c> of a recognition case notion and <c>step</c> mean the
    /// step classifier).
    /// </summary>
    /// <exception cref="Workspaces.InvalidRequestException">The classifier combines <c>step</c> with other fields.</exception>
    public LogQuery ToLogQuery(bool taskTypes = false)
    {
        List<string> attributes = ["user", "team"];
        if (taskTypes || TaskType is not null)
            attributes.Add("derived.task_type");
        return LogSources.Query(CaseNotion, string.Join(',', Classifier), attributes);
    }

    /// <summary>Whether the activities are recognition's steps (and rare ones are folded, as <c>deskmine map</c> does).</summary>
    public bool Steps => StepClassifier.IsIn(ToLogQuery());

    /// <summary>The filters in the CLI's order: time window, attributes, then the activity slider.</summary>
    public LogFilter LogFilter(string? taskTypeName) => Mining.Filters.LogFilter.Chain(SelectionFilter(taskTypeName), ShapingFilter());

    /// <summary>The selecting filters: time window, team, task type (named <paramref name="taskTypeName"/>).</summary>
    public LogFilter SelectionFilter(string? taskTypeName)
    {
        var filters = new List<LogFilter>();
        if (From is not null || To is not null)
            filters.Add(new TimeWindowFilter(new TimeWindowFilterOptions { From = From ?? DateTimeOffset.MinValue, To = To ?? DateTimeOffset.MaxValue }));
        if (Teams.Count > 0)
            filters.Add(new AttributeFilter(new AttributeFilterOptions { Attribute = "team", Values = Teams }));
        if (taskTypeName is not null)
            filters.Add(new AttributeFilter(new AttributeFilterOptions { Attribute = "derived.task_type", Values = [taskTypeName] }));
        return Mining.Filters.LogFilter.Chain(filters);
    }

    /// <summary>The filters that shape what was selected: rare steps folded, then the activity slider.</summary>
    public LogFilter ShapingFilter()
    {
        var filters = new List<LogFilter>();
        // Maps of steps fold rare steps into "Other (…)" as the CLI's map does; the drill-down sees the same folding.
        if (Steps && StepClassifier.Folding(steps: true) is { } folding)
            filters.Add(new RareActivityFolding(folding));
        if (Activities < 100)
            filters.Add(new ActivityFrequencyFilter(new ActivityFrequencyFilterOptions { Percent = Activities }));
        return Mining.Filters.LogFilter.Chain(filters);
    }

    /// <summary>The path slider, applied to the discovered map.</summary>
    public ProcessMap ApplyPaths(ProcessMap map) =>
        Paths < 100 ? PathFrequencyFilter.Apply(map, new PathFrequencyFilterOptions { Percent = Paths }) : map;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();
}
