namespace Deskmine.Mining.Recognition;

/// <summary>What recognition found across people, without the per-event lists: the instances, their types and names.</summary>
public sealed record RecognizedTasks
{
    /// <summary>The segments (task instances), people in ordinal order and each person's in order of first action.</summary>
    public required IReadOnlyList<RecognizedSegment> Segments { get; init; }

    /// <summary>The task types, indexed by <see cref="RecognizedSegment.TaskType"/>.</summary>
    public required IReadOnlyList<TaskType> TaskTypes { get; init; }

    /// <summary>Instances suspended for other work and resumed later (in order of resumption per person).</summary>
    public required IReadOnlyList<TaskSuspension> Suspensions { get; init; }

    /// <summary>
    /// The readable step name of every action label of the run (<c>Excel: copy cell in column A</c>), as the first person
    /// (in ordinal order) who performed it names it.
    /// </summary>
    public required IReadOnlyDictionary<string, string> StepNames { get; init; }
}
