namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>One allowed way to do the task: the step sequence of a walkthrough.</summary>
/// <param name="Name">The walkthrough's name.</param>
/// <param name="Steps">Readable step names in the prescribed order (as recognition names steps).</param>
/// <param name="Applications">Applications the procedure uses (process names as recorded).</param>
public sealed record ReferenceVariant(string Name, IReadOnlyList<string> Steps, IReadOnlyList<string> Applications);
