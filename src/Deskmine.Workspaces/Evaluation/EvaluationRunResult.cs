using Deskmine.Mining.Evaluation;

namespace Deskmine.Workspaces.Evaluation;

/// <summary>The scores of a stored recognition run against ground truth.</summary>
/// <param name="TruthDescription">Where the truth came from, in words.</param>
/// <param name="Report">The scores.</param>
/// <param name="Unscored">Events without a true task that the scores ignore, when the truth table has any.</param>
public sealed record EvaluationRunResult(string TruthDescription, EvaluationReport Report, UnscoredEvents? Unscored);
