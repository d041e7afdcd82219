namespace Deskmine.Mining.Recognition;

/// <summary>
/// A task instance put aside for other work and taken up again later by the same person: its actions are not
/// contiguous in the person's stream. One record per interruption (an instance suspended twice has two).
/// </summary>
/// <param name="Segment">The suspended instance (index into <see cref="RecognitionResult.Segments"/>).</param>
/// <param name="SuspendedAt">Timestamp (µs) of its last action before the interruption, or <c>null</c> when events carry none.</param>
/// <param name="ResumedAt">Timestamp (µs) of its first action after the interruption, or <c>null</c>.</param>
/// <param name="InterruptedBy">The instance worked on right after the suspension.</param>
public sealed record TaskSuspension(int Segment, long? SuspendedAt, long? ResumedAt, int InterruptedBy);
