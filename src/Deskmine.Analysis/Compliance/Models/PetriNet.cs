using Deskmine.Analysis.Compliance.Bpmn;

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
}
