using Deskmine.Analysis.Compliance.Models;

namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// A net prepared for replay: arcs as (place, weight) arrays, labels as codes of the log's activities
/// (-1 for silent, -2 for a label the log never uses), and for each log activity the transitions that record it.
/// </summary>
internal sealed class CompiledNet
{
    public CompiledNet(PetriNet net, IReadOnlyList<string> activityNames)
    {
        Net = net;
        PlaceCount = net.Places.Count;
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < activityNames.Count; i++)
            codes.TryAdd(activityNames[i], i);
        var count = net.Transitions.Count;
        Pre = new (int Place, int Weight)[count][];
        Post = new (int Place, int Weight)[count][];
        Label = new int[count];
        var byActivity = new List<int>[activityNames.Count];
        for (var a = 0; a < byActivity.Length; a++)
            byActivity[a] = [];
        var silent = new List<int>();
        for (var t = 0; t < count; t++)
        {
            var tr = net.Transitions[t];
            Pre[t] = [.. tr.Inputs.GroupBy(p => p).Select(g => (g.Key, g.Count()))];
            Post[t] = [.. tr.Outputs.GroupBy(p => p).Select(g => (g.Key, g.Count()))];
            if (tr.Label is null)
            {
                Label[t] = -1;
                silent.Add(t);
            }
            else if (codes.TryGetValue(tr.Label, out var code))
            {
                Label[t] = code;
                byActivity[code].Add(t);
            }
            else
            {
                Label[t] = -2;
            }
        }
        ByActivity = [.. byActivity.Select(l => l.ToArray())];
        Silent = [.. silent];
        Initial = [.. net.InitialMarking];
        Final = [.. net.FinalMarking];
    }

    public PetriNet Net { get; }

    public int PlaceCount { get; }

    public (int Place, int Weight)[][] Pre { get; }

    public (int Place, int Weight)[][] Post { get; }

    /// <summary>Per transition: the log's activity code, -1 silent, -2 a label the log does not have.</summary>
    public int[] Label { get; }

    /// <summary>Per log activity code: the transitions labelled with it.</summary>
    public int[][] ByActivity { get; }

    public int[] Silent { get; }

    public int[] Initial { get; }

    public int[] Final { get; }

    public int TransitionCount => Label.Length;

    public bool IsEnabled(int t, ReadOnlySpan<int> marking)
    {
        foreach (var (p, w) in Pre[t])
        {
            if (marking[p] < w)
                return false;
        }
        return true;
    }

    public bool IsEnabled(int t, ReadOnlySpan<byte> marking)
    {
        foreach (var (p, w) in Pre[t])
        {
            if (marking[p] < w)
                return false;
        }
        return true;
    }

    /// <summary>Tokens missing in <paramref name="marking"/> to fire <paramref name="t"/>.</summary>
    public int Missing(int t, ReadOnlySpan<int> marking)
    {
        var missing = 0;
        foreach (var (p, w) in Pre[t])
            missing += Math.Max(0, w - marking[p]);
        return missing;
    }
}
