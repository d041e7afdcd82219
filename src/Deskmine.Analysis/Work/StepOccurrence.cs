namespace Deskmine.Analysis.Work;

/// <summary>
/// One performed step of a task instance: a maximal run of consecutive events of the instance with the same step
/// name.
/// </summary>
/// <param name="Name">The step name (<see cref="WorkLog.StepOfEvent"/>; the event kind when it has none).</param>
/// <param name="Events">Indices into <see cref="WorkLog.Events"/>, in time order.</param>
/// <param name="Start">Timestamp of the first event (µs since the Unix epoch), or <c>null</c> without times.</param>
/// <param name="End">End of the last event (timestamp + duration), or <c>null</c> without times.</param>
/// <param name="HandlingMicros">Handling time attributed to the step: the pauses before its events up to
/// <see cref="WorkTimingOptions.ActiveGapLimit"/> and the durations of its non-idle events.</param>
/// <param name="WaitingMicros">Waiting time before and inside the step: longer pauses and idle intervals.</param>
public sealed record StepOccurrence(string Name, IReadOnlyList<int> Events, long? Start, long? End, long HandlingMicros, long WaitingMicros);
