namespace Deskmine.Mining.Models;

/// <summary>
/// The fall-throughs of IM (Leemans' thesis, 2017, sec. 6.2.3), tried in order when no cut exists: an activity that
/// occurs exactly once per trace runs in parallel with the rest; an activity whose removal lets a cut appear runs
/// in parallel with the rest; traces that restart (an end activity followed by a start activity, or any start
/// activity again) are iterations of a τ-loop; otherwise the flower model, which allows any sequence.
/// </summary>
internal sealed partial class InductiveMiner
{
    private ProcessTree FallThrough(SubLog log, Dfg dfg)
    {
        foreach (var a in log.Activities)
        {
            if (log.Traces.All(t => t.Trace.Count(x => x == a) == 1))
                return Concurrent(log, a);
        }
        foreach (var a in log.Activities)
        {
            var others = log.Activities.Where(x => x != a).ToHashSet();
            var without = log.Project(others);
            if (CutFinder.Find(Dfg.Of(without)) is not null)
                return Concurrent(log, a);
        }
        var starts = dfg.Starts.Keys.ToHashSet();
        var ends = dfg.Ends.Keys.ToHashSet();
        if (SplitWhere(log, (prev, next) => ends.Contains(prev) && starts.Contains(next)) is { } strict)
            return ProcessTree.Loop(Mine(strict), ProcessTree.Silent);
        if (SplitWhere(log, (_, next) => starts.Contains(next)) is { } tau)
            return ProcessTree.Loop(Mine(tau), ProcessTree.Silent);
        return ProcessTree.Loop(ProcessTree.Silent, ProcessTree.Choice(log.Activities.Select(a => ProcessTree.Activity(_names[a]))));
    }

    private ProcessTree Concurrent(SubLog log, int activity)
    {
        var others = log.Activities.Where(x => x != activity).ToHashSet();
        return ProcessTree.Parallel([Mine(log.Project(new HashSet<int> { activity })), Mine(log.Project(others))]);
    }

    /// <summary>The traces cut before every event where <paramref name="cutBefore"/> holds; <c>null</c> when no trace is cut.</summary>
    private static SubLog? SplitWhere(SubLog log, Func<int, int, bool> cutBefore)
    {
        var pieces = new List<(int[], long)>();
        var cutAny = false;
        foreach (var (trace, count) in log.Traces)
        {
            var from = 0;
            for (var k = 1; k < trace.Length; k++)
            {
                if (!cutBefore(trace[k - 1], trace[k]))
                    continue;
                pieces.Add((trace[from..k], count));
                from = k;
                cutAny = true;
            }
            pieces.Add((trace[from..], count));
        }
        return cutAny ? new SubLog(pieces) : null;
    }
}
