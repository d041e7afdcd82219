namespace Deskmine.Mining.Maps;

/// <summary>
/// What a process map shows: activities, the directly-follows graph with frequency and performance,
/// start and end activities and the variants. Times are in seconds; <c>null</c> where the log has no times.
/// </summary>
public sealed record ProcessMap
{
    /// <summary>Number of cases.</summary>
    public required int NumCases { get; init; }

    /// <summary>Number of events.</summary>
    public required long NumEvents { get; init; }

    /// <summary>Activities with their event counts, most frequent first.</summary>
    public required IReadOnlyList<ActivityStat> Activities { get; init; }

    /// <summary>Activities that start a case, with the number of cases.</summary>
    public required IReadOnlyDictionary<string, int> StartActivities { get; init; }

    /// <summary>Activities that end a case, with the number of cases.</summary>
    public required IReadOnlyDictionary<string, int> EndActivities { get; init; }

    /// <summary>Directly-follows edges, ordered by source then target.</summary>
    public required IReadOnlyList<DfgEdge> Edges { get; init; }

    /// <summary>Number of distinct variants.</summary>
    public required int NumVariants { get; init; }

    /// <summary>Variants by count descending (possibly only the top ones).</summary>
    public required IReadOnlyList<Variant> Variants { get; init; }
}

/// <summary>An activity and how often it occurs.</summary>
/// <param name="Name">Activity name.</param>
/// <param name="Count">Number of events.</param>
/// <param name="Cases">Number of cases that contain it.</param>
public sealed record ActivityStat(string Name, long Count, int Cases);

/// <summary>A directly-follows edge with its frequency and the time between the two events (from the end of the first, when events have durations, to the start of the second).</summary>
/// <param name="Source">Activity of the first event.</param>
/// <param name="Target">Activity of the event that directly follows it in the same case.</param>
/// <param name="Frequency">How many times the pair occurs.</param>
/// <param name="MeanS">Mean seconds between the two events.</param>
/// <param name="MedianS">Median seconds.</param>
/// <param name="MinS">Minimum seconds.</param>
/// <param name="MaxS">Maximum seconds.</param>
/// <param name="SumS">Sum of seconds.</param>
public sealed record DfgEdge(string Source, string Target, long Frequency, double? MeanS, double? MedianS, double? MinS, double? MaxS, double? SumS);

/// <summary>A variant: one distinct sequence of activities, how many cases follow it and how long they take.</summary>
/// <param name="Activities">The activity sequence.</param>
/// <param name="Count">Number of cases.</param>
/// <param name="MeanDurationS">Mean case duration (first event's start to last event's end) in seconds.</param>
/// <param name="MedianDurationS">Median case duration in seconds.</param>
public sealed record Variant(IReadOnlyList<string> Activities, int Count, double? MeanDurationS, double? MedianDurationS);
