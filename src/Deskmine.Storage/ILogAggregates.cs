using Deskmine.Core.Logs;

namespace Deskmine.Storage;

/// <summary>
/// A store that computes the discovery aggregates of a log itself (directly-follows counts and times, start and end
/// activities, variants) instead of handing every event to the client: the ClickHouse engine runs them on its shards.
/// </summary>
public interface ILogAggregates
{
    /// <summary>
    /// The aggregates of <paramref name="query"/>'s log, keeping the <paramref name="maxVariants"/> most frequent
    /// variants (all when <c>null</c>); <c>null</c> when this store cannot answer that query by aggregates (another case
    /// notion or classifier), so the caller reads the log instead.
    /// </summary>
    LogAggregates? Aggregate(LogQuery query, int? maxVariants);
}

/// <summary>Discovery aggregates of one log, in the units of the store (microseconds).</summary>
/// <param name="NumCases">Cases with at least one event.</param>
/// <param name="NumEvents">Events in those cases.</param>
/// <param name="Activities">Every activity with its event and case counts, in no particular order.</param>
/// <param name="Starts">Cases per first activity.</param>
/// <param name="Ends">Cases per last activity.</param>
/// <param name="Edges">Directly-follows pairs, in no particular order.</param>
/// <param name="NumVariants">Distinct variants.</param>
/// <param name="Variants">The kept variants, most frequent first, ties in order of first appearance.</param>
public sealed record LogAggregates(
    int NumCases,
    long NumEvents,
    IReadOnlyList<ActivityAggregate> Activities,
    IReadOnlyDictionary<string, int> Starts,
    IReadOnlyDictionary<string, int> Ends,
    IReadOnlyList<EdgeAggregate> Edges,
    int NumVariants,
    IReadOnlyList<VariantAggregate> Variants);

/// <summary>An activity's counts.</summary>
/// <param name="Name">Activity.</param>
/// <param name="Events">Events.</param>
/// <param name="Cases">Cases that contain it.</param>
public sealed record ActivityAggregate(string Name, long Events, int Cases);

/// <summary>One directly-follows pair with its times (from the end of the first event to the start of the next).</summary>
/// <param name="Source">First activity.</param>
/// <param name="Target">Following activity.</param>
/// <param name="Frequency">Occurrences.</param>
/// <param name="Timed">Occurrences where both events have a time.</param>
/// <param name="SumMicros">Sum of the timed gaps.</param>
/// <param name="MinMicros">Shortest timed gap (meaningless when <paramref name="Timed"/> is 0).</param>
/// <param name="MaxMicros">Longest timed gap.</param>
/// <param name="MedianMicros">Median timed gap (numpy's: mean of the two middle values for an even count).</param>
public sealed record EdgeAggregate(string Source, string Target, long Frequency, long Timed, long SumMicros, long MinMicros, long MaxMicros, double MedianMicros);

/// <summary>A variant with its case count and case durations (first start to last end).</summary>
/// <param name="Activities">The activity sequence.</param>
/// <param name="Cases">Cases that follow it.</param>
/// <param name="Timed">Those whose events all have a time.</param>
/// <param name="SumMicros">Sum of their durations.</param>
/// <param name="MedianMicros">Median duration.</param>
public sealed record VariantAggregate(IReadOnlyList<string> Activities, int Cases, int Timed, long SumMicros, double MedianMicros);
