using Deskmine.Core.Events;

namespace Deskmine.Analysis.Work;

/// <summary>
/// What the analysis stage reads: the recorded events of a period together with the task instances and task
/// types that recognition found in them (or that an imported log states). Built by the application layer from a
/// workspace; built by tests from plain data.
/// </summary>
/// <remarks>
/// Index <c>i</c> of <see cref="InstanceOfEvent"/> and <see cref="StepOfEvent"/> describes <see cref="Events"/>[i].
/// Each instance lists its events in time order; an event belongs to at most one instance.
/// </remarks>
public sealed class WorkLog
{
    /// <summary>Every event of the period, including those of no task (noise, mail between tasks, idle time).</summary>
    public required IReadOnlyList<UiEvent> Events { get; init; }

    /// <summary>Per event, the index of its instance in <see cref="Instances"/>, or <c>-1</c>.</summary>
    public required IReadOnlyList<int> InstanceOfEvent { get; init; }

    /// <summary>Per event, the name of the step (abstracted action) it belongs to, or <c>null</c>.</summary>
    public required IReadOnlyList<string?> StepOfEvent { get; init; }

    /// <summary>The task types, indexed by <see cref="WorkInstance.TaskType"/>.</summary>
    public required IReadOnlyList<WorkTaskType> TaskTypes { get; init; }

    /// <summary>The task instances.</summary>
    public required IReadOnlyList<WorkInstance> Instances { get; init; }

    /// <summary>First and last timestamp of any event (microseconds since the Unix epoch), or <c>null</c> for an empty log.</summary>
    public (long From, long To)? Span()
    {
        long from = long.MaxValue, to = long.MinValue;
        foreach (var e in Events)
        {
            if (e.Ts is not { } ts)
                continue;
            from = Math.Min(from, ts);
            to = Math.Max(to, ts + (e.Duration ?? 0));
        }
        return from <= to ? (from, to) : null;
    }
}
