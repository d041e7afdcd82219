namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>How one mined instance departs from the prescribed procedure (the closest allowed variant).</summary>
/// <param name="Instance">The instance's id.</param>
/// <param name="Team">The instance's team, or <c>null</c> when unknown or when the team is too small to be named.</param>
/// <param name="Start">Start of the instance (µs since the Unix epoch), or <c>null</c>.</param>
/// <param name="Variant">Index of the closest variant in <see cref="ReferenceReport.Variants"/>.</param>
/// <param name="Skipped">Prescribed steps the instance did not do, in prescribed order.</param>
/// <param name="Added">Steps the instance did that the procedure does not prescribe, in the order first done.</param>
/// <param name="Reordered">Prescribed steps the instance did out of the prescribed order, in prescribed order.</param>
/// <param name="OtherApplications">Applications the instance used that the procedure does not.</param>
public sealed record ReferenceDeviation(
    string Instance, string? Team, long? Start, int Variant, IReadOnlyList<string> Skipped, IReadOnlyList<string> Added,
    IReadOnlyList<string> Reordered, IReadOnlyList<string> OtherApplications)
{
    /// <summary>True when the instance follows the variant exactly (nothing skipped, added, reordered or used besides).</summary>
    public bool Conforms => Skipped.Count == 0 && Added.Count == 0 && Reordered.Count == 0 && OtherApplications.Count == 0;
}
