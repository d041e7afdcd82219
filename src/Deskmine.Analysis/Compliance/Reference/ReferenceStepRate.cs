namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>How often one step departs from the procedure over the checked instances.</summary>
/// <param name="Step">The step's readable name.</param>
/// <param name="Prescribed">True for a step of the procedure, false for a step the procedure does not prescribe.</param>
/// <param name="Skipped">Instances that skipped it (prescribed steps).</param>
/// <param name="Reordered">Instances that did it out of order (prescribed steps).</param>
/// <param name="Added">Instances that did it although it is not prescribed.</param>
public sealed record ReferenceStepRate(string Step, bool Prescribed, int Skipped, int Reordered, int Added);
