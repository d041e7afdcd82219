using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Mining.Models;

namespace Deskmine.Analysis.Compliance.Models;

/// <summary>
/// A labelled Petri net with an initial and a final marking (a workflow net when converted from BPMN: one
/// source place with a token, one sink place). Arcs have weight one; a place listed twice weighs two.
/// </summary>
public sealed class PetriNet
{
    /// <summary>Creates a net; markings give the tokens per place, indexed like <paramref name="places"/>.</summary>
    public PetriNet(IReadOnlyList<string> places, IReadOnlyList<PetriTransition> transitions, IReadOnlyList<int> initialMarking, IReadOnlyList<int> finalMarking)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(initialMarking);
        ArgumentNullException.ThrowIfNull(finalMarking);
        if (initialMarking.Count != places.Count || finalMarking.Count != places.Count)
            throw new ArgumentException("A marking needs one entry per place.", nameof(initialMarking));
        foreach (var t in transitions)
        {
            if (t.Inputs.Concat(t.Outputs).Any(p => p < 0 || p >= places.Count))
                throw new ArgumentException($"Transition '{t.Name}' names a place that does not exist.", nameof(transitions));
        }
        Places = places;
        Transitions = transitions;
        InitialMarking = initialMarking;
        FinalMarking = finalMarking;
    }

    /// <summary>Place names, indexed by place.</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>The transitions.</summary>
    public IReadOnlyList<PetriTransition> Transitions { get; }

    /// <summary>Tokens per place at the start.</summary>
    public IReadOnlyList<int> InitialMarking { get; }

    /// <summary>Tokens per place when a case is complete.</summary>
    public IReadOnlyList<int> FinalMarking { get; }

    /// <summary>Number of arcs (input and output arcs of every transition).</summary>
    public int ArcCount => Transitions.Sum(t => t.Inputs.Count + t.Outputs.Count);

    /// <summary>Number of labelled transitions.</summary>
    public int VisibleTransitions => Transitions.Count(t => !t.IsSilent);

    /// <summary>Number of silent (τ) transitions.</summary>
    public int SilentTransitions => Transitions.Count(t => t.IsSilent);

    /// <summary>The distinct activity labels, ordinal order.</summary>
    public IReadOnlyList<string> Labels => [.. Transitions.Where(t => t.Label is not null).Select(t => t.Label!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The workflow net of a BPMN model: a place per sequence flow, places merged through exclusive gateways,
    /// one silent transition per parallel gateway, per subset of branches for inclusive gateways.
    /// </summary>
    public static PetriNet FromBpmn(BpmnModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return BpmnToPetriNet.Convert(model);
    }

    /// <summary>The workflow net of a process tree (source place marked, sink place final); see <see cref="TreeToPetriNet"/>.</summary>
    public static PetriNet FromTree(ProcessTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return TreeToPetriNet.Convert(tree);
    }

    /// <summary>Reads a PNML place/transition net with its initial and final marking. DTDs are refused, no external entity is resolved.</summary>
    /// <exception cref="Core.Errors.InputException">The XML is malformed, or an arc, id or marking is wrong; the error names the line.</exception>
    public static PetriNet ParsePnml(TextReader reader, string source = "model.pnml")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return PnmlParser.Parse(reader, source);
    }

    /// <summary>Reads a PNML document from text; see <see cref="ParsePnml(TextReader, string)"/>.</summary>
    /// <exception cref="Core.Errors.InputException">As <see cref="ParsePnml(TextReader, string)"/>.</exception>
    public static PetriNet ParsePnml(string xml, string source = "model.pnml")
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return ParsePnml(reader, source);
    }

    /// <summary>Writes the net as PNML (pm4py and ProM read it: silent transitions marked invisible, final marking included).</summary>
    public void WritePnml(TextWriter writer, string name = "net")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        PnmlWriter.Write(this, writer, name);
    }
}
