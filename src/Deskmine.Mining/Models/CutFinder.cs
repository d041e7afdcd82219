namespace Deskmine.Mining.Models;

/// <summary>
/// The four cuts of the inductive miner on a directly-follows graph (Leemans, Fahland &amp; van der Aalst, PETRI NETS
/// 2013, def. 3 and sec. 4), tried in the paper's order: exclusive choice, sequence, parallel, loop.
/// </summary>
internal static class CutFinder
{
    public static Cut? Find(Dfg dfg)
    {
        if (dfg.Nodes.Length < 2)
            return null;
        return Choice(dfg) ?? Sequence(dfg) ?? Parallel(dfg) ?? Loop(dfg);
    }

    /// <summary>Exclusive choice: the connected components of the graph taken as undirected.</summary>
    public static Cut? Choice(Dfg dfg)
    {
        var sets = new DisjointSets(dfg.Nodes);
        foreach (var (a, b) in dfg.Edges.Keys)
            sets.Union(a, b);
        var parts = sets.Groups();
        return parts.Count > 1 ? new Cut(ProcessTreeOperator.Choice, parts) : null;
    }

    /// <summary>
    /// Sequence: groups such that every activity of an earlier group reaches every activity of a later one and none
    /// reaches back. Starts from single activities and merges two groups whenever neither precedes the other in that
    /// sense (which merges strongly connected components and mutually unreachable ones); the groups left are
    /// totally ordered.
    /// </summary>
    public static Cut? Sequence(Dfg dfg)
    {
        var reach = Reachability(dfg);
        var groups = dfg.Nodes.Select(n => new HashSet<int> { n }).ToList();
        var merged = true;
        while (merged && groups.Count > 1)
        {
            merged = false;
            for (var i = 0; i < groups.Count && !merged; i++)
            {
                for (var j = i + 1; j < groups.Count && !merged; j++)
                {
                    if (Precedes(groups[i], groups[j], reach) || Precedes(groups[j], groups[i], reach))
                        continue;
                    groups[i].UnionWith(groups[j]);
                    groups.RemoveAt(j);
                    merged = true;
                }
            }
        }
        if (groups.Count < 2)
            return null;
        var ordered = groups.OrderBy(g => groups.Count(h => h != g && Precedes(h, g, reach))).ToList();
        return new Cut(ProcessTreeOperator.Sequence, MergeOptionalRuns(dfg, ordered));
    }

    /// <summary>
    /// Merges a part into the one before it when that one can be skipped and is the only way into it (no case starts
    /// in the part, and every edge entering it comes from the part before). Both then occur together or the second
    /// not at all; as separate optional parts the model would also allow the second alone, which no case did. The
    /// merged part is mined again and comes out nested: <c>X( tau, -&gt;( a, X( tau, b ) ) )</c> rather than
    /// <c>X( tau, a ), X( tau, b )</c>. Any coarsening of a sequence cut is still one, so fitness is kept.
    /// </summary>
    private static List<HashSet<int>> MergeOptionalRuns(Dfg dfg, List<HashSet<int>> parts)
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var a in parts[i])
                index[a] = i;
        }
        var skippable = new bool[parts.Count];
        foreach (var (a, b) in dfg.Edges.Keys)
        {
            for (var i = index[a] + 1; i < index[b]; i++)
                skippable[i] = true;
        }
        foreach (var a in dfg.Starts.Keys)
        {
            for (var i = 0; i < index[a]; i++)
                skippable[i] = true;
        }
        foreach (var a in dfg.Ends.Keys)
        {
            for (var i = index[a] + 1; i < parts.Count; i++)
                skippable[i] = true;
        }
        var merged = new List<HashSet<int>> { parts[0] };
        var mergedSkippable = skippable[0];
        for (var i = 1; i < parts.Count; i++)
        {
            var previous = merged[^1];
            var onlyFromPrevious = !parts[i].Any(dfg.Starts.ContainsKey)
                && parts[i].All(n => dfg.Predecessors[n].All(p => parts[i].Contains(p) || previous.Contains(p)));
            if (mergedSkippable && onlyFromPrevious)
            {
                previous.UnionWith(parts[i]);
                continue;
            }
            merged.Add(parts[i]);
            mergedSkippable = skippable[i];
        }
        return merged;
    }

    /// <summary>
    /// Parallel: the connected components of the negated graph (a and b joined unless a→b and b→a are both edges);
    /// a component without a start or an end activity is merged into another, since every parallel branch must be
    /// able to begin and end a trace.
    /// </summary>
    public static Cut? Parallel(Dfg dfg)
    {
        var sets = new DisjointSets(dfg.Nodes);
        foreach (var a in dfg.Nodes)
        {
            foreach (var b in dfg.Nodes)
            {
                if (a < b && !(dfg.HasEdge(a, b) && dfg.HasEdge(b, a)))
                    sets.Union(a, b);
            }
        }
        var parts = sets.Groups();
        var complete = parts.Where(p => p.Any(dfg.Starts.ContainsKey) && p.Any(dfg.Ends.ContainsKey)).ToList();
        if (complete.Count < 2)
            return null;
        foreach (var part in parts.Where(p => !complete.Contains(p)))
            complete[0].UnionWith(part);
        return new Cut(ProcessTreeOperator.Parallel, complete);
    }

    /// <summary>
    /// Loop: the do part holds every start and end activity; each connected component of the rest is a redo part
    /// when it is entered only from end activities (from all of them if from one), and left only to start
    /// activities (to all of them if to one); other components join the do part.
    /// </summary>
    public static Cut? Loop(Dfg dfg)
    {
        var body = new HashSet<int>(dfg.Starts.Keys);
        body.UnionWith(dfg.Ends.Keys);
        if (body.Count == 0)
            return null;
        var rest = dfg.Nodes.Where(n => !body.Contains(n)).ToArray();
        var sets = new DisjointSets(rest);
        foreach (var (a, b) in dfg.Edges.Keys)
        {
            if (!body.Contains(a) && !body.Contains(b))
                sets.Union(a, b);
        }
        var redo = new List<HashSet<int>>();
        var starts = dfg.Starts.Keys.ToHashSet();
        var ends = dfg.Ends.Keys.ToHashSet();
        foreach (var part in sets.Groups())
        {
            if (IsRedo(dfg, part, starts, ends))
                redo.Add(part);
            else
                body.UnionWith(part);
        }
        if (redo.Count == 0)
            return null;
        return new Cut(ProcessTreeOperator.Loop, [body, .. redo]);
    }

    private static bool IsRedo(Dfg dfg, HashSet<int> part, HashSet<int> starts, HashSet<int> ends)
    {
        var enteredFrom = new HashSet<int>();
        var leavesTo = new HashSet<int>();
        foreach (var n in part)
        {
            foreach (var p in dfg.Predecessors[n])
            {
                if (part.Contains(p))
                    continue;
                if (!ends.Contains(p))
                    return false;
                enteredFrom.Add(p);
            }
            foreach (var s in dfg.Successors[n])
            {
                if (part.Contains(s))
                    continue;
                if (!starts.Contains(s))
                    return false;
                leavesTo.Add(s);
            }
        }
        // Each end activity that leads into the part: all must; each start it returns to: all must.
        if (enteredFrom.Count == 0 || leavesTo.Count == 0)
            return false;
        if (!ends.All(e => part.Any(n => dfg.HasEdge(e, n))))
            return false;
        return starts.All(s => part.Any(n => dfg.HasEdge(n, s)));
    }

    private static bool Precedes(HashSet<int> first, HashSet<int> second, Dictionary<int, HashSet<int>> reach)
    {
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                if (!reach[a].Contains(b) || reach[b].Contains(a))
                    return false;
            }
        }
        return true;
    }

    /// <summary>For each node, the nodes reachable by one edge or more.</summary>
    private static Dictionary<int, HashSet<int>> Reachability(Dfg dfg)
    {
        var reach = new Dictionary<int, HashSet<int>>();
        foreach (var start in dfg.Nodes)
        {
            var seen = new HashSet<int>();
            var stack = new Stack<int>(dfg.Successors[start]);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (!seen.Add(n))
                    continue;
                foreach (var s in dfg.Successors[n])
                    stack.Push(s);
            }
            reach[start] = seen;
        }
        return reach;
    }

    /// <summary>Union-find over activity codes; groups come out ordered by their smallest code.</summary>
    private sealed class DisjointSets
    {
        private readonly Dictionary<int, int> _parent;

        public DisjointSets(IEnumerable<int> nodes) => _parent = nodes.ToDictionary(n => n, n => n);

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }
            return x;
        }

        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        public List<HashSet<int>> Groups() =>
            [.. _parent.Keys.GroupBy(Find).OrderBy(g => g.Min()).Select(g => g.ToHashSet())];
    }
}
