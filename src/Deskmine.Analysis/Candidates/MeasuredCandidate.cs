namespace Deskmine.Analysis.Candidates;

/// <summary>A task type or routine with its measured volume and features, before scoring.</summary>
/// <param name="Kind">Task type or routine.</param>
/// <param name="TaskType">The task type (the majority task type of a routine's occurrences).</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Steps">A routine's steps; a task type's most frequent variant.</param>
/// <param name="Instances">Instances (routine: occurrences).</param>
/// <param name="People">Distinct people.</param>
/// <param name="HoursObserved">Handling hours in the observed period.</param>
/// <param name="HoursPerYear">Handling hours extrapolated to a working year.</param>
/// <param name="Fte">Hours per year ÷ hours per FTE.</param>
/// <param name="Features">Every feature of <see cref="Candidates.Features.All"/>, 0–1.</param>
public sealed record MeasuredCandidate(
    CandidateKind Kind, int TaskType, string Name, IReadOnlyList<string> Steps, int Instances, int People,
    double HoursObserved, double HoursPerYear, double Fte, IReadOnlyDictionary<string, double> Features);
