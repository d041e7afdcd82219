using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>
/// The directly-follows map (as drawn by Disco or pm4py): for every two consecutive events of a case an edge
/// from the first activity to the second, with its frequency and the time between the two events, plus
/// activity counts, start and end activities and variants. For interval events (a log with
/// <see cref="EventLog.Durations"/>) the time of an edge is the wait from the end of the first event to the
/// start of the next, as pm4py measures it; a case lasts from its first start to its last end. One streaming pass over the log's arrays per
/// range of cases (ranges run in parallel), a second pass only to group edge times for the medians.
/// </summary>
public sealed class DirectlyFollowsMiner : IProcessMapMiner
{
    private const double MicrosPerSecond = 1e6;
    private readonly ProcessMapOptions _options;

    /// <summary>Creates the miner; throws when <paramref name="options"/> are invalid.</summary>
    public DirectlyFollowsMiner(ProcessMapOptions? options = null)
    {
        _options = options ?? ProcessMapOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public ProcessMap Discover(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var numActivities = log.ActivityNames.Count;
        var slots = EdgeSlots.For(log);
        var bounds = CasePartitions.Split(log, _options.MaxDegreeOfParallelism, _options.MinEventsPerPartition);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism };
        var caseVariant = _options.Variants ? new int[log.CaseCount] : null;
        var caseDuration = _options.Variants ? new long[log.CaseCount] : null;

        var scans = new PartitionScan[bounds.Length - 1];
        LogParts.For(scans.Length, p =>
        {
            scans[p] = new PartitionScan(numActivities, slots.Count, _options.Performance);
            scans[p].Run(log, slots, bounds[p], bounds[p + 1], caseVariant, caseDuration);
        }, parallel);
        var total = Sum(scans, numActivities, slots.Count, _options.Performance);

        var medians = _options.Performance
            ? EdgePerformance.Medians(log, slots, bounds, scans, total.Timed!, parallel)
            : null;

        var numVariants = 0;
        IReadOnlyList<Variant> variants = [];
        if (_options.Variants)
        {
            var tallies = VariantRanking.Merge(log, bounds, scans, caseVariant!, parallel);
            numVariants = tallies.Count;
            variants = VariantRanking.Rank(log, tallies, caseVariant!, caseDuration!, _options.MaxVariants);
        }

        return new ProcessMap
        {
            NumCases = log.CaseCount,
            NumEvents = log.EventCount,
            Activities = ActivityStats(log, total),
            StartActivities = ByCount(log, total.Starts),
            EndActivities = ByCount(log, total.Ends),
            Edges = Edges(log, slots, total, medians),
            NumVariants = numVariants,
            Variants = variants,
        };
    }

    private static PartitionScan Sum(PartitionScan[] scans, int numActivities, int numSlots, bool performance)
    {
        if (scans.Length == 1)
            return scans[0];
        var total = new PartitionScan(numActivities, numSlots, performance);
        foreach (var scan in scans)
        {
            Add(total.ActivityEvents, scan.ActivityEvents);
            Add(total.ActivityCases, scan.ActivityCases);
            Add(total.Starts, scan.Starts);
            Add(total.Ends, scan.Ends);
            Add(total.Frequency, scan.Frequency);
            if (!performance)
                continue;
            Add(total.Timed!, scan.Timed!);
            for (var s = 0; s < numSlots; s++)
            {
                total.SumMicros![s] += scan.SumMicros![s];
                total.MinMicros![s] = Math.Min(total.MinMicros[s], scan.MinMicros![s]);
                total.MaxMicros![s] = Math.Max(total.MaxMicros[s], scan.MaxMicros![s]);
            }
        }
        return total;
    }

    private static void Add(int[] into, int[] from)
    {
        for (var i = 0; i < into.Length; i++)
            into[i] += from[i];
    }

    private static List<ActivityStat> ActivityStats(EventLog log, PartitionScan total)
    {
        var stats = new List<ActivityStat>();
        for (var a = 0; a < total.ActivityEvents.Length; a++)
        {
            if (total.ActivityEvents[a] > 0)
                stats.Add(new ActivityStat(log.ActivityNames[a], total.ActivityEvents[a], total.ActivityCases[a]));
        }
        stats.Sort((x, y) =>
        {
            var byCount = y.Count.CompareTo(x.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(x.Name, y.Name);
        });
        return stats;
    }

    private static Dictionary<string, int> ByCount(EventLog log, int[] counts)
    {
        var order = Enumerable.Range(0, counts.Length)
            .Where(a => counts[a] > 0)
            .OrderByDescending(a => counts[a])
            .ThenBy(a => log.ActivityNames[a], StringComparer.Ordinal);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in order)
            result[log.ActivityNames[a]] = counts[a];
        return result;
    }

    private static List<DfgEdge> Edges(EventLog log, EdgeSlots slots, PartitionScan total, double[]? medians)
    {
        var edges = new List<DfgEdge>();
        for (var s = 0; s < slots.Count; s++)
        {
            var frequency = total.Frequency[s];
            if (frequency == 0)
                continue;
            var source = log.ActivityNames[slots.Source(s)];
            var target = log.ActivityNames[slots.Target(s)];
            var timed = total.Timed?[s] ?? 0;
            if (timed == 0)
            {
                edges.Add(new DfgEdge(source, target, frequency, null, null, null, null, null));
                continue;
            }
            var sum = total.SumMicros![s] / MicrosPerSecond;
            edges.Add(new DfgEdge(
                source,
                target,
                frequency,
                sum / timed,
                medians![s] / MicrosPerSecond,
                total.MinMicros![s] / MicrosPerSecond,
                total.MaxMicros![s] / MicrosPerSecond,
                sum));
        }
        edges.Sort((x, y) =>
        {
            var bySource = string.CompareOrdinal(x.Source, y.Source);
            return bySource != 0 ? bySource : string.CompareOrdinal(x.Target, y.Target);
        });
        return edges;
    }
}
