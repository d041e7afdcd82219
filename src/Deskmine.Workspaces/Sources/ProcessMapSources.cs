using Deskmine.Core.Logs;
using Deskmine.Mining.Maps;
using Deskmine.Storage;

namespace Deskmine.Workspaces.Sources;

/// <summary>
/// Process maps of a workspace computed by its store where the store can (<see cref="ILogAggregates"/>: the ClickHouse
/// engine runs the aggregates on its shards), so the events never travel to this process.
/// </summary>
public static class ProcessMapSources
{
    /// <summary>
    /// The map of <paramref name="query"/>'s log from the aggregates of the workspace in <paramref name="directory"/>,
    /// or <c>null</c> when its store does not compute aggregates or not for this query (read the log then).
    /// </summary>
    public static ProcessMap? FromAggregates(string directory, LogQuery query, ProcessMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        if (!Directory.Exists(directory) || StepClassifier.IsIn(query))
            return null;
        using var workspace = WorkspaceAccess.OpenForReading(directory);
        return workspace.Events is ILogAggregates store ? FromAggregates(store, query, options) : null;
    }

    /// <summary>The map from <paramref name="store"/>'s aggregates, or <c>null</c> when it cannot answer <paramref name="query"/>.</summary>
    public static ProcessMap? FromAggregates(ILogAggregates store, LogQuery query, ProcessMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= ProcessMapOptions.Default;
        options.Validate();
        if (store.Aggregate(query, options.Variants ? options.MaxVariants : 0) is not { } a)
            return null;
        var activities = a.Activities.Select(x => new ActivityStat(x.Name, x.Events, x.Cases))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        var edges = a.Edges
            .Select(e => e.Timed == 0 || !options.Performance
                ? new DfgEdge(e.Source, e.Target, e.Frequency, null, null, null, null, null)
                : new DfgEdge(e.Source, e.Target, e.Frequency, e.SumMicros / 1e6 / e.Timed, e.MedianMicros / 1e6, e.MinMicros / 1e6, e.MaxMicros / 1e6, e.SumMicros / 1e6))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        var variants = options.Variants
            ? a.Variants.Select(v => v.Timed == 0
                ? new Variant(v.Activities, v.Cases, null, null)
                : new Variant(v.Activities, v.Cases, (double)v.SumMicros / v.Timed / 1e6, v.MedianMicros / 1e6)).ToList()
            : [];
        return new ProcessMap
        {
            NumCases = a.NumCases,
            NumEvents = a.NumEvents,
            Activities = activities,
            StartActivities = ByCount(a.Starts),
            EndActivities = ByCount(a.Ends),
            Edges = edges,
            NumVariants = options.Variants ? a.NumVariants : 0,
            Variants = variants,
        };
    }

    private static Dictionary<string, int> ByCount(IReadOnlyDictionary<string, int> counts)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            result[name] = count;
        return result;
    }
}
