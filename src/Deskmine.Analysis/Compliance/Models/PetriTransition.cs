namespace Deskmine.Analysis.Compliance.Models;

/// <summary>A transition of a <see cref="PetriNet"/>.</summary>
/// <param name="Name">Its name (for a BPMN model: the id of the element it stands for).</param>
/// <param name="Label">The activity it records, or <c>null</c> for a silent (τ) transition.</param>
/// <param name="Inputs">Places it consumes one token from each (a place listed twice gives two).</param>
/// <param name="Outputs">Places it produces one token into each.</param>
public sealed record PetriTransition(string Name, string? Label, IReadOnlyList<int> Inputs, IReadOnlyList<int> Outputs)
{
    /// <summary>Whether the transition is silent (records no activity).</summary>
    public bool IsSilent => Label is null;
}
