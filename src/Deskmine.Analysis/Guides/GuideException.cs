namespace Deskmine.Analysis.Guides;

/// <summary>A common departure from the main variant.</summary>
/// <param name="Kind">Extra or missing step.</param>
/// <param name="Step">The extra step (number 0), or the main variant's step that is left out.</param>
/// <param name="AfterStep">For an extra step, the number of the main step it follows (0: before step 1); for a
/// missing step, the step's own number minus one.</param>
/// <param name="Instances">How many instances depart this way.</param>
/// <param name="Share">That count over all instances of the task type (0–1).</param>
public sealed record GuideException(GuideExceptionKind Kind, GuideStep Step, int AfterStep, int Instances, double Share);
