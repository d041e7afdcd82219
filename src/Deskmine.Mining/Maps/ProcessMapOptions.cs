namespace Deskmine.Mining.Maps;

/// <summary>What <see cref="ProcessMaps.Discover"/> computes and how many threads it may use.</summary>
public sealed record ProcessMapOptions
{
    /// <summary>The defaults: performance and all variants, one thread per core.</summary>
    public static readonly ProcessMapOptions Default = new();

    /// <summary>Compute the time statistics of each edge (mean, median, min, max, sum). Default <c>true</c>.</summary>
    public bool Performance { get; init; } = true;

    /// <summary>Compute the variants. Default <c>true</c>; when <c>false</c>, <see cref="ProcessMap.Variants"/> is empty and <see cref="ProcessMap.NumVariants"/> is 0.</summary>
    public bool Variants { get; init; } = true;

    /// <summary>Keep only the most frequent variants in <see cref="ProcessMap.Variants"/>; <c>null</c> keeps all. <see cref="ProcessMap.NumVariants"/> still counts all.</summary>
    public int? MaxVariants { get; init; }

    /// <summary>Threads used over the case ranges; default the number of cores. Small logs run on one thread.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Fewest events per thread's range; below it a second thread costs more than it saves.</summary>
    internal int MinEventsPerPartition { get; init; } = 200_000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxVariants is { } k)
            ArgumentOutOfRangeException.ThrowIfNegative(k, nameof(MaxVariants));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinEventsPerPartition, 1, nameof(MinEventsPerPartition));
    }
}
