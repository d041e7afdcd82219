using Deskmine.Mining.Models;

namespace Deskmine.Analysis.Compliance.Models;

/// <summary>
/// The workflow net of a process tree (van der Aalst, Process Mining, 2016, fig. 3.21): each node is a fragment
/// between an entry and an exit place. Leaves are one transition (silent for τ); a sequence chains its children
/// through fresh places; a choice puts its children side by side between the same two places; a parallel block
/// adds a silent split and join; a loop gets a silent entry and exit around its do part (redo goes back from the
/// do part's exit to its entry), so a loop inside a choice cannot hand its token back to the choice's entry.
/// </summary>
internal sealed class TreeToPetriNet
{
    private readonly List<string> _places = [];
    private readonly List<PetriTransition> _transitions = [];
    private int _visible;
    private int _silent;

    public static PetriNet Convert(ProcessTree tree)
    {
        var builder = new TreeToPetriNet();
        var source = builder.Place("source");
        var sink = builder.Place("sink");
        builder.Build(tree, source, sink);
        var initial = new int[builder._places.Count];
        var final = new int[builder._places.Count];
        initial[source] = 1;
        final[sink] = 1;
        return new PetriNet(builder._places, builder._transitions, initial, final);
    }

    private int Place(string? name = null)
    {
        _places.Add(name ?? $"p_{_places.Count - 1}");
        return _places.Count - 1;
    }

    private void Transition(string? label, int from, int to) =>
        Transition(label, [from], [to]);

    private void Transition(string? label, int[] from, int[] to) =>
        _transitions.Add(new PetriTransition(label is null ? $"tau_{++_silent}" : $"t_{++_visible}", label, from, to));

    private void Build(ProcessTree node, int entry, int exit)
    {
        switch (node.Operator)
        {
            case ProcessTreeOperator.Activity:
                Transition(node.Label, entry, exit);
                break;
            case ProcessTreeOperator.Silent:
                Transition(null, entry, exit);
                break;
            case ProcessTreeOperator.Sequence:
                var from = entry;
                for (var i = 0; i < node.Children.Count; i++)
                {
                    var to = i == node.Children.Count - 1 ? exit : Place();
                    Build(node.Children[i], from, to);
                    from = to;
                }
                break;
            case ProcessTreeOperator.Choice:
                foreach (var child in node.Children)
                    Build(child, entry, exit);
                break;
            case ProcessTreeOperator.Parallel:
                var starts = node.Children.Select(_ => Place()).ToArray();
                var ends = node.Children.Select(_ => Place()).ToArray();
                Transition(null, [entry], starts);
                for (var i = 0; i < node.Children.Count; i++)
                    Build(node.Children[i], starts[i], ends[i]);
                Transition(null, ends, [exit]);
                break;
            default:
                var doStart = Place();
                var doEnd = Place();
                Transition(null, entry, doStart);
                Build(node.Children[0], doStart, doEnd);
                Build(node.Children[1], doEnd, doStart);
                Transition(null, doEnd, exit);
                break;
        }
    }
}
