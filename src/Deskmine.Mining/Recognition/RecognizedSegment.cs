namespace Deskmine.Mining.Recognition;

/// <summary>One task instance found in a person's stream.</summary>
/// <param name="Index">Position in <see cref="RecognitionResult.Segments"/>.</param>
/// <param name="User">The person (pseudonym) whose stream it came from; empty when events name none.</param>
/// <param name="TaskType">Index of its task type in <see cref="RecognitionResult.TaskTypes"/>.</param>
/// <param name="CaseId">Business object it worked on (e.g. <c>row 7</c>, <c>4711</c>), or <c>null</c>.</param>
/// <param name="Start">Timestamp of its first event (µs), or <c>null</c> when events carry none.</param>
/// <param name="End">Timestamp of its last event (µs), or <c>null</c>.</param>
/// <param name="EventCount">Number of events in it (redundant ones included).</param>
/// <param name="Actions">Its action labels in order.</param>
public sealed record RecognizedSegment(
    int Index, string User, int TaskType, string? CaseId, long? Start, long? End, int EventCount,
    IReadOnlyList<string> Actions);
