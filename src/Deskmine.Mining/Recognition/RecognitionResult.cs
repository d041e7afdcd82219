namespace Deskmine.Mining.Recognition;

/// <summary>
/// What recognition found, aligned with the input: index <c>i</c> of every per-event list describes input
/// event <c>i</c>. An event is either in exactly one segment or noise (segment <c>-1</c>).
/// </summary>
public sealed record RecognitionResult
{
    /// <summary>Segment (task instance) index per event, <c>-1</c> for noise.</summary>
    public required IReadOnlyList<int> SegmentOfEvent { get; init; }

    /// <summary>Task-type index per event, <c>-1</c> for noise.</summary>
    public required IReadOnlyList<int> TaskTypeOfEvent { get; init; }

    /// <summary>Action label per event (stable across runs; redundant events carry the label of the action they were merged into).</summary>
    public required IReadOnlyList<string> ActionLabelOfEvent { get; init; }

    /// <summary>
    /// Readable step name per event, e.g. <c>Excel: copy cell in column A</c> or <c>SAP – MIRO Enter Incoming Invoice: click 'Post'</c>:
    /// application, screen, verb and element, with no id, path, e-mail address or personal datum, at most 60 characters.
    /// Events with the same <see cref="ActionLabelOfEvent"/> have the same step name; the label stays the stable key.
    /// </summary>
    public IReadOnlyList<string> StepNameOfEvent { get; init; } = [];

    /// <summary>True for events merged into another action (focus flicker, selection before copy, click before typing).</summary>
    public required IReadOnlyList<bool> RedundantEvent { get; init; }

    /// <summary>The segments, indexed by the values of <see cref="SegmentOfEvent"/>.</summary>
    public required IReadOnlyList<RecognizedSegment> Segments { get; init; }

    /// <summary>The task types, indexed by the values of <see cref="TaskTypeOfEvent"/>.</summary>
    public required IReadOnlyList<TaskType> TaskTypes { get; init; }

    /// <summary>
    /// Instances suspended for other work and resumed later (in order of resumption per person): where the person
    /// left each one, what they turned to, and when they came back.
    /// </summary>
    public IReadOnlyList<TaskSuspension> Suspensions { get; init; } = [];

    /// <summary>Case id (business object) per event, or <c>null</c> when its segment has none.</summary>
    public string? CaseIdOf(int eventIndex)
    {
        var s = SegmentOfEvent[eventIndex];
        return s < 0 ? null : Segments[s].CaseId;
    }
}
