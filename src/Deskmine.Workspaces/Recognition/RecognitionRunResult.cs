using Deskmine.Mining.Recognition;

namespace Deskmine.Workspaces.Recognition;

/// <summary>What a <see cref="RecognitionRun"/> found and stored.</summary>
public sealed record RecognitionRunResult
{
    /// <summary>Events read from the workspace.</summary>
    public required int EventCount { get; init; }

    /// <summary>Events left out of every task instance.</summary>
    public required int NoiseEvents { get; init; }

    /// <summary>Task instances (segments) found.</summary>
    public required int SegmentCount { get; init; }

    /// <summary>The stored task-type catalogue.</summary>
    public required TaskTypeCatalogue Catalogue { get; init; }

    /// <summary>What the recogniser found: segments, task types, suspensions and step names (the per-event results are in the store).</summary>
    public required RecognizedTasks Recognition { get; init; }

    /// <summary>Wall time of the whole run.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Time and heap after each stage.</summary>
    public required IReadOnlyList<RecognitionStage> Stages { get; init; }

    /// <summary>Share of noise events, in percent (0 for an empty workspace).</summary>
    public double NoisePercent => EventCount == 0 ? 0 : 100.0 * NoiseEvents / EventCount;
}
