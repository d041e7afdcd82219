using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.TimeStudy;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Results;

/// <summary>Time study, ranked automation candidates and the assumptions and period they rest on.</summary>
/// <param name="Period">The observed period every yearly figure is extrapolated from.</param>
/// <param name="Assumptions">The effective assumptions.</param>
/// <param name="TimeStudy">Time per task type, variant and step, most handling hours first.</param>
/// <param name="Candidates">Candidates, best (highest score) first.</param>
public sealed record AnalysisResult(
    ObservedPeriod Period, AnalysisAssumptions Assumptions, IReadOnlyList<TaskTypeTimes> TimeStudy, IReadOnlyList<Candidate> Candidates);
