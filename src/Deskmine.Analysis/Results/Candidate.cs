using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Savings;
using Deskmine.Analysis.Transfers;

namespace Deskmine.Analysis.Results;

/// <summary>A ranked automation candidate with its score parts, advice and savings.</summary>
/// <param name="Kind">Task type or routine.</param>
/// <param name="TaskType">Index into <see cref="Work.WorkLog.TaskTypes"/> (a routine's majority task type).</param>
/// <param name="TaskTypeId">That task type's <see cref="Work.WorkTaskType.Id"/>.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Steps">A routine's steps; a task type's most frequent variant.</param>
/// <param name="Instances">Instances (routine: occurrences).</param>
/// <param name="People">Distinct people.</param>
/// <param name="HoursObserved">Handling hours in the observed period.</param>
/// <param name="HoursPerYear">Handling hours extrapolated to a working year.</param>
/// <param name="Fte">Hours per year ÷ hours per FTE.</param>
/// <param name="Score">Sum of the score parts' contributions.</param>
/// <param name="ScoreParts">Per weighted feature: value, weight, contribution.</param>
/// <param name="Features">Every measured feature (also those without weight, which advice rules read).</param>
/// <param name="Technology">The advised technology.</param>
/// <param name="Reason">Why, from the rule that matched.</param>
/// <param name="Savings">Savings and payback with the advised technology.</param>
/// <param name="Sensitivity">Each assumption moved ±25 %, biggest swing first.</param>
/// <param name="DataTransfers">Data transfers of the task type, most frequent first.</param>
public sealed record Candidate(
    CandidateKind Kind, int TaskType, string TaskTypeId, string Name, IReadOnlyList<string> Steps, int Instances, int People,
    double HoursObserved, double HoursPerYear, double Fte, double Score, IReadOnlyList<ScorePart> ScoreParts,
    IReadOnlyDictionary<string, double> Features, string Technology, string Reason, SavingsEstimate Savings,
    IReadOnlyList<SensitivityEntry> Sensitivity, IReadOnlyList<DataTransfer> DataTransfers);
