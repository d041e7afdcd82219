namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// Token-based replay (Rozinat &amp; van der Aalst 2008; the silent-transition handling of Berti &amp; van der Aalst
/// 2019): each event fires a transition with its label; when none is enabled, the shortest sequence of silent
/// transitions that enables one is fired first (breadth-first over markings); failing that, the transition with
/// the fewest missing tokens fires anyway and the missing tokens are counted. At the end silent transitions may
/// lead to the final marking, whose tokens are consumed; what is left remains.
/// </summary>
internal sealed class TokenReplayer(CompiledNet net, int maxSilentSteps)
{
    // Markings visited by one silent search at most: ample for gateway cascades, cheap when nothing helps.
    private const int MaxSilentStates = 4_096;

    private readonly Dictionary<int, int[]> _cones = [];
    private List<int>[]? _producers;

    public ReplayedTrace Replay(ReadOnlySpan<int> trace)
    {
        var marking = (int[])net.Initial.Clone();
        int missing = 0, consumed = 0, remaining = 0, produced = marking.Sum();
        var problems = new List<int>();
        var forced = new List<string>();
        for (var i = 0; i < trace.Length; i++)
        {
            var t = ReplayEvent(trace[i], marking, ref missing, ref consumed, ref produced, out var wasForced);
            if (t < 0 || wasForced)
                problems.Add(i);
            if (wasForced)
                forced.Add(net.Net.Transitions[t].Label!);
        }

        if (!marking.AsSpan().SequenceEqual(net.Final) && SilentPath(marking, net.Silent, m => m.AsSpan().SequenceEqual(net.Final)) is { } end)
        {
            foreach (var s in end)
                Fire(s, marking, ref consumed, ref produced);
        }
        for (var p = 0; p < marking.Length; p++)
        {
            var need = net.Final[p];
            consumed += need;
            missing += Math.Max(0, need - marking[p]);
            remaining += Math.Max(0, marking[p] - need);
        }
        return new ReplayedTrace(missing, consumed, remaining, produced, problems, forced);
    }

    /// <summary>
    /// Replays one event on <paramref name="marking"/>: fires a transition recording <paramref name="activity"/>,
    /// after the silent transitions that enable it, or forced with the missing tokens added. Returns the transition
    /// fired, or -1 when no transition records the activity (nothing changes then).
    /// </summary>
    public int ReplayEvent(int activity, int[] marking, ref int missing, ref int consumed, ref int produced, out bool forced)
    {
        forced = false;
        var candidates = activity < net.ByActivity.Length ? net.ByActivity[activity] : [];
        if (candidates.Length == 0)
            return -1;
        var t = FirstEnabled(candidates, marking);
        if (t < 0 && SilentPath(marking, Cone(activity, candidates), m => FirstEnabled(candidates, m) >= 0) is { } path)
        {
            foreach (var s in path)
                Fire(s, marking, ref consumed, ref produced);
            t = FirstEnabled(candidates, marking);
        }
        if (t < 0)
        {
            t = candidates.MinBy(c => net.Missing(c, marking));
            foreach (var (p, w) in net.Pre[t])
            {
                var lack = Math.Max(0, w - marking[p]);
                missing += lack;
                marking[p] += lack;
            }
            forced = true;
        }
        Fire(t, marking, ref consumed, ref produced);
        return t;
    }

    /// <summary>
    /// The silent transitions that can, through other silent transitions, put a token into an input place of one of
    /// <paramref name="candidates"/>. A shortest silent path that enables a candidate uses only these (any other
    /// transition only takes tokens from them), so the search leaves the rest out: in nets with many parallel
    /// branches this keeps the search to the branch at hand instead of every interleaving of the others.
    /// </summary>
    private int[] Cone(int activity, int[] candidates)
    {
        if (_cones.TryGetValue(activity, out var known))
            return known;
        _producers ??= Producers();
        var places = new HashSet<int>();
        var work = new Stack<int>();
        foreach (var t in candidates)
        {
            foreach (var (p, _) in net.Pre[t])
            {
                if (places.Add(p))
                    work.Push(p);
            }
        }
        var cone = new HashSet<int>();
        while (work.Count > 0)
        {
            foreach (var s in _producers[work.Pop()])
            {
                if (!cone.Add(s))
                    continue;
                foreach (var (p, _) in net.Pre[s])
                {
                    if (places.Add(p))
                        work.Push(p);
                }
            }
        }
        // Kept in the net's order, so ties between equally short paths break as they did over all silent transitions.
        var result = net.Silent.Where(cone.Contains).ToArray();
        _cones[activity] = result;
        return result;
    }

    private List<int>[] Producers()
    {
        var producers = new List<int>[net.PlaceCount];
        for (var p = 0; p < producers.Length; p++)
            producers[p] = [];
        foreach (var s in net.Silent)
        {
            foreach (var (p, _) in net.Post[s])
                producers[p].Add(s);
        }
        return producers;
    }

    private int FirstEnabled(int[] candidates, ReadOnlySpan<int> marking)
    {
        foreach (var t in candidates)
        {
            if (net.IsEnabled(t, marking))
                return t;
        }
        return -1;
    }

    private void Fire(int t, int[] marking, ref int consumed, ref int produced)
    {
        foreach (var (p, w) in net.Pre[t])
        {
            marking[p] -= w;
            consumed += w;
        }
        foreach (var (p, w) in net.Post[t])
        {
            marking[p] += w;
            produced += w;
        }
    }

    /// <summary>The shortest sequence of silent transitions from <paramref name="start"/> to a marking that satisfies <paramref name="goal"/>.</summary>
    private List<int>? SilentPath(int[] start, int[] silent, Func<int[], bool> goal)
    {
        if (silent.Length == 0 || maxSilentSteps == 0)
            return null;
        var parent = new Dictionary<int[], (int[]? From, int Transition, int Depth)>(MarkingComparer.Instance) { [start] = (null, -1, 0) };
        var queue = new Queue<int[]>();
        queue.Enqueue(start);
        while (queue.Count > 0 && parent.Count < MaxSilentStates)
        {
            var m = queue.Dequeue();
            var depth = parent[m].Depth;
            if (depth >= maxSilentSteps)
                continue;
            foreach (var s in silent)
            {
                if (!net.IsEnabled(s, m))
                    continue;
                var next = (int[])m.Clone();
                foreach (var (p, w) in net.Pre[s])
                    next[p] -= w;
                foreach (var (p, w) in net.Post[s])
                    next[p] += w;
                if (!parent.TryAdd(next, (m, s, depth + 1)))
                    continue;
                if (goal(next))
                {
                    var path = new List<int>();
                    for (var x = next; parent[x].From is { } from; x = from)
                        path.Add(parent[x].Transition);
                    path.Reverse();
                    return path;
                }
                queue.Enqueue(next);
            }
        }
        return null;
    }
}
