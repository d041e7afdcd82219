namespace Deskmine.Mining.Models;

/// <summary>
/// Splits a log along a cut (Leemans et al. 2013, sec. 4; with IMf's rules for events that do not fit the cut,
/// which can happen only when the cut was found on a filtered graph).
/// </summary>
internal static class LogSplitter
{
    /// <summary>Each trace goes to the part holding most of its events; events of other parts are dropped.</summary>
    public static List<SubLog> Choice(SubLog log, IReadOnlyList<HashSet<int>> parts)
    {
        var split = parts.Select(_ => new List<(int[], long)>()).ToList();
        foreach (var (trace, count) in log.Traces)
        {
            var best = 0;
            var bestCount = -1;
            for (var i = 0; i < parts.Count; i++)
            {
                var n = trace.Count(parts[i].Contains);
                if (n > bestCount)
                    (best, bestCount) = (i, n);
            }
            split[best].Add(([.. trace.Where(parts[best].Contains)], count));
        }
        return [.. split.Select(s => new SubLog(s))];
    }

    /// <summary>
    /// Each trace is cut into one piece per part, in order. Where a trace does not follow the order, the cut point
    /// for each part is the one that leaves out the fewest events (events of other parts before it, of this part
    /// after it); events outside their piece's part are dropped.
    /// </summary>
    public static List<SubLog> Sequence(SubLog log, IReadOnlyList<HashSet<int>> parts)
    {
        var split = parts.Select(_ => new List<(int[], long)>()).ToList();
        foreach (var (trace, count) in log.Traces)
        {
            var from = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                var to = trace.Length;
                if (i < parts.Count - 1)
                {
                    // cost(p) = events in [from, p) outside the part + events in [p, end) inside it.
                    var inside = 0;
                    for (var k = from; k < trace.Length; k++)
                        inside += parts[i].Contains(trace[k]) ? 1 : 0;
                    var best = inside;
                    to = from;
                    var cost = inside;
                    for (var p = from + 1; p <= trace.Length; p++)
                    {
                        cost += parts[i].Contains(trace[p - 1]) ? -1 : 1;
                        if (cost < best)
                            (best, to) = (cost, p);
                    }
                }
                split[i].Add(([.. trace[from..to].Where(parts[i].Contains)], count));
                from = to;
            }
        }
        return [.. split.Select(s => new SubLog(s))];
    }

    /// <summary>Each trace projected on each part.</summary>
    public static List<SubLog> Parallel(SubLog log, IReadOnlyList<HashSet<int>> parts) => [.. parts.Select(log.Project)];

    /// <summary>
    /// Each trace cut into its maximal runs of one part: runs of the do part (the first) go to its log, runs of a
    /// redo part to that part's log. An empty do run is added where a trace starts or ends with a redo run or two
    /// redo runs meet, so every iteration passes the do part.
    /// </summary>
    public static List<SubLog> Loop(SubLog log, IReadOnlyList<HashSet<int>> parts)
    {
        var split = parts.Select(_ => new List<(int[], long)>()).ToList();
        var partOf = new Dictionary<int, int>();
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var a in parts[i])
                partOf[a] = i;
        }
        foreach (var (trace, count) in log.Traces)
        {
            var expectDo = true;
            var runStart = 0;
            for (var k = 1; k <= trace.Length; k++)
            {
                if (k < trace.Length && partOf[trace[k]] == partOf[trace[runStart]])
                    continue;
                var part = partOf[trace[runStart]];
                if (part != 0 && expectDo)
                    split[0].Add(([], count));
                split[part].Add((trace[runStart..k], count));
                expectDo = part != 0;
                runStart = k;
            }
            if (expectDo)
                split[0].Add(([], count));
        }
        return [.. split.Select(s => new SubLog(s))];
    }
}
