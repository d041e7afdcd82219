namespace Deskmine.Mining.Models;

/// <summary>
/// The directly-follows graph of a <see cref="SubLog"/> with edge, start and end frequencies, as the cut
/// detection of the inductive miner reads it (nodes are activity codes).
/// </summary>
internal sealed class Dfg
{
    private Dfg(int[] nodes, Dictionary<(int, int), long> edges, Dictionary<int, long> starts, Dictionary<int, long> ends)
    {
        Nodes = nodes;
        Edges = edges;
        Starts = starts;
        Ends = ends;
        Successors = nodes.ToDictionary(n => n, _ => new HashSet<int>());
        Predecessors = nodes.ToDictionary(n => n, _ => new HashSet<int>());
        foreach (var (a, b) in edges.Keys)
        {
            Successors[a].Add(b);
            Predecessors[b].Add(a);
        }
    }

    public int[] Nodes { get; }

    public Dictionary<(int From, int To), long> Edges { get; }

    public Dictionary<int, long> Starts { get; }

    public Dictionary<int, long> Ends { get; }

    public Dictionary<int, HashSet<int>> Successors { get; }

    public Dictionary<int, HashSet<int>> Predecessors { get; }

    public bool HasEdge(int a, int b) => Edges.ContainsKey((a, b));

    public static Dfg Of(SubLog log)
    {
        var edges = new Dictionary<(int, int), long>();
        var starts = new Dictionary<int, long>();
        var ends = new Dictionary<int, long>();
        foreach (var (trace, count) in log.Traces)
        {
            if (trace.Length == 0)
                continue;
            starts[trace[0]] = starts.GetValueOrDefault(trace[0]) + count;
            ends[trace[^1]] = ends.GetValueOrDefault(trace[^1]) + count;
            for (var i = 1; i < trace.Length; i++)
                edges[(trace[i - 1], trace[i])] = edges.GetValueOrDefault((trace[i - 1], trace[i])) + count;
        }
        return new Dfg(log.Activities, edges, starts, ends);
    }

    /// <summary>
    /// IMf's filter (Leemans, Fahland &amp; van der Aalst 2014): an edge a→b stays when its frequency is at least
    /// <paramref name="noise"/> times that of the strongest edge leaving a; start and end activities likewise against
    /// the strongest start and end.
    /// </summary>
    public Dfg Filtered(double noise)
    {
        var strongest = new Dictionary<int, long>();
        foreach (var ((a, _), w) in Edges)
            strongest[a] = Math.Max(strongest.GetValueOrDefault(a), w);
        var edges = Edges.Where(e => e.Value >= noise * strongest[e.Key.From]).ToDictionary(e => e.Key, e => e.Value);
        return new Dfg(Nodes, edges, Keep(Starts, noise), Keep(Ends, noise));

        static Dictionary<int, long> Keep(Dictionary<int, long> counts, double noise)
        {
            var max = counts.Count == 0 ? 0 : counts.Values.Max();
            return counts.Where(kv => kv.Value >= noise * max).ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }
}
