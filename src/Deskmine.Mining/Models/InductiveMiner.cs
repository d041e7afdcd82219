using Deskmine.Core.Logs;

namespace Deskmine.Mining.Models;

/// <summary>
/// The inductive miner (Leemans, Fahland &amp; van der Aalst: IM, PETRI NETS 2013; IMf, BPM Workshops 2013/2014):
/// finds a cut in the directly-follows graph of the log (exclusive choice, sequence, parallel, loop), splits the
/// log along it and recurses on each part; base cases turn a single activity or empty traces into leaves; when no
/// cut exists, fall-throughs (activity once per trace, activity concurrent, strict τ-loop, τ-loop, flower) keep
/// the model fitting. At noise 0 (IM) every trace of the log is in the model's language.
/// </summary>
internal sealed partial class InductiveMiner(InductiveMinerOptions options)
{
    private readonly double _noise = options.NoiseThreshold;
    private IReadOnlyList<string> _names = [];

    public ProcessTree Discover(EventLog log)
    {
        _names = log.ActivityNames;
        var traces = new List<(int[], long)>(log.CaseCount);
        for (var c = 0; c < log.CaseCount; c++)
            traces.Add((log.ActivitiesOf(c).ToArray(), 1));
        return Mine(new SubLog(traces));
    }

    /// <summary>Mines traces of activity names (for tests and callers without an <see cref="EventLog"/>).</summary>
    public ProcessTree Discover(IEnumerable<IReadOnlyList<string>> traces)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var coded = new List<(int[], long)>();
        foreach (var trace in traces)
        {
            coded.Add(([.. trace.Select(a =>
            {
                if (!codes.TryGetValue(a, out var code))
                {
                    code = names.Count;
                    codes[a] = code;
                    names.Add(a);
                }
                return code;
            })], 1));
        }
        _names = names;
        return Mine(new SubLog(coded));
    }

    private ProcessTree Mine(SubLog log)
    {
        if (log.Total == 0 || log.Activities.Length == 0)
            return ProcessTree.Silent;
        if (log.EmptyCount > 0)
        {
            // IMf ignores empty traces rarer than the threshold; IM makes them an optional skip of everything.
            if (_noise > 0 && log.EmptyCount < _noise * log.Total)
                return Mine(log.WithoutEmpty());
            return ProcessTree.Choice([ProcessTree.Silent, Mine(log.WithoutEmpty())]);
        }
        if (log.Activities.Length == 1)
            return SingleActivity(log);

        var dfg = Dfg.Of(log);
        var cut = CutFinder.Find(dfg);
        if (cut is null && _noise > 0)
            cut = CutFinder.Find(dfg.Filtered(_noise));
        if (cut is not null)
            return Apply(cut, log);
        return FallThrough(log, dfg);
    }

    private ProcessTree SingleActivity(SubLog log)
    {
        var leaf = ProcessTree.Activity(_names[log.Activities[0]]);
        var once = log.Traces.Where(t => t.Trace.Length == 1).Sum(t => t.Count);
        if (once == log.Total || (_noise > 0 && log.Total - once < _noise * log.Total))
            return leaf;
        return ProcessTree.Loop(leaf, ProcessTree.Silent);
    }

    private ProcessTree Apply(Cut cut, SubLog log)
    {
        var parts = cut.Operator switch
        {
            ProcessTreeOperator.Choice => LogSplitter.Choice(log, cut.Parts),
            ProcessTreeOperator.Sequence => LogSplitter.Sequence(log, cut.Parts),
            ProcessTreeOperator.Parallel => LogSplitter.Parallel(log, cut.Parts),
            _ => LogSplitter.Loop(log, cut.Parts),
        };
        var children = parts.Select(Mine).ToList();
        return cut.Operator switch
        {
            ProcessTreeOperator.Choice => ProcessTree.Choice(children),
            ProcessTreeOperator.Sequence => ProcessTree.Sequence(children),
            ProcessTreeOperator.Parallel => ProcessTree.Parallel(children),
            _ => ProcessTree.Loop(children[0], children.Count == 2 ? children[1] : ProcessTree.Choice(children.Skip(1))),
        };
    }
}
