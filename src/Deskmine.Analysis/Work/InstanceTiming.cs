namespace Deskmine.Analysis.Work;

/// <summary>Times of one task instance, in microseconds.</summary>
/// <param name="Start">First event's timestamp, or <c>null</c> without times.</param>
/// <param name="End">Last event's end, or <c>null</c> without times.</param>
/// <param name="HandlingMicros">Time someone worked on it (sum of the steps' handling time).</param>
/// <param name="WaitingMicros">Time it waited between start and end (sum of the steps' waiting time).</param>
/// <param name="Steps">The performed steps in order.</param>
public sealed record InstanceTiming(long? Start, long? End, long HandlingMicros, long WaitingMicros, IReadOnlyList<StepOccurrence> Steps)
{
    /// <summary>End minus start (0 without times).</summary>
    public long ElapsedMicros => Start is { } s && End is { } e ? e - s : 0;
}
