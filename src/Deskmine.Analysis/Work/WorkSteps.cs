using Deskmine.Core.Events;

namespace Deskmine.Analysis.Work;

/// <summary>
/// Cuts task instances into performed steps and splits their time into handling and waiting. Every part of the
/// analysis measures time through this one definition, so a step's time in a guide, a candidate's hours and a
/// team's median agree.
/// </summary>
/// <remarks>
/// The pause before an event belongs to that event's step (people read and think before they act):
/// <code>
///  e1 ──12 s── e2 ──45 s── e3 ────────── 20 min ────────── e4
///  step A       step A      step B                          step C
///  A: handling 12 s + durations; B: 45 s; C: waiting 20 min (over the 120 s limit)
/// </code>
/// An <c>idle</c> event's own duration is waiting time; a typing event's duration is handling time.
/// </remarks>
public static class WorkSteps
{
    /// <summary>Steps and times of <paramref name="instance"/>.</summary>
    public static InstanceTiming Timing(WorkLog log, WorkInstance instance, WorkTimingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(instance);
        options ??= WorkTimingOptions.Default;
        var limit = (long)(options.ActiveGapLimit.TotalMilliseconds * 1000);
        var steps = new List<StepOccurrence>();
        long? start = null, end = null, previousEnd = null;
        long handlingAll = 0, waitingAll = 0;
        var current = new List<int>();
        string? currentName = null;
        long? stepStart = null, stepEnd = null;
        long handling = 0, waiting = 0;

        foreach (var i in instance.Events)
        {
            var e = log.Events[i];
            var name = log.StepOfEvent[i] ?? e.Kind;
            if (currentName is not null && !string.Equals(name, currentName, StringComparison.Ordinal))
                Flush();
            currentName = name;
            current.Add(i);
            if (e.Ts is { } ts)
            {
                var duration = Math.Max(0, e.Duration ?? 0);
                var eventEnd = ts + duration;
                if (previousEnd is { } pe && ts > pe)
                {
                    var gap = ts - pe;
                    if (gap <= limit)
                        handling += gap;
                    else
                        waiting += gap;
                }
                if (e.Kind == EventKinds.Idle)
                    waiting += duration;
                else
                    handling += duration;
                start ??= ts;
                stepStart ??= ts;
                end = end is { } en ? Math.Max(en, eventEnd) : eventEnd;
                stepEnd = stepEnd is { } se ? Math.Max(se, eventEnd) : eventEnd;
                previousEnd = previousEnd is { } p ? Math.Max(p, eventEnd) : eventEnd;
            }
        }
        if (currentName is not null)
            Flush();
        return new InstanceTiming(start, end, handlingAll, waitingAll, steps);

        void Flush()
        {
            steps.Add(new StepOccurrence(currentName!, current.ToArray(), stepStart, stepEnd, handling, waiting));
            handlingAll += handling;
            waitingAll += waiting;
            current.Clear();
            stepStart = stepEnd = null;
            handling = waiting = 0;
        }
    }
}
