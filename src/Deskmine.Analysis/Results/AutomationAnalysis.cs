using Deskmine.Analysis.Advice;
using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Savings;
using Deskmine.Analysis.TimeStudy;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Results;

/// <summary>
/// The analysis facade: time study, automation candidates (task types and frequent sub-routines) ranked by an
/// explainable score, technology advice, savings and payback with their sensitivity. Pure: objects in, objects out.
/// </summary>
public static class AutomationAnalysis
{
    /// <summary>Analyses <paramref name="log"/>.</summary>
    /// <param name="log">Events, task instances and types.</param>
    /// <param name="transfers">Data transfers found in <paramref name="log"/>.</param>
    /// <param name="assumptions">Assumptions; <see cref="AnalysisAssumptions.Default"/> when <c>null</c>.</param>
    /// <exception cref="Core.Errors.InputException">An assumption is out of range.</exception>
    public static AnalysisResult Analyze(WorkLog log, DataTransferReport transfers, AnalysisAssumptions? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(transfers);
        assumptions ??= AnalysisAssumptions.Default;
        assumptions.Validate();
        var period = ObservedPeriod.Of(log);
        var timings = log.Instances.Select(i => WorkSteps.Timing(log, i)).ToArray();
        var study = TimeStudyCalculator.Study(log, timings, period, assumptions);
        var measurer = new FeatureMeasurer(log, timings, transfers, period, assumptions);

        var measured = new List<MeasuredCandidate>();
        foreach (var type in study)
        {
            var occurrences = Enumerable.Range(0, log.Instances.Count)
                .Where(i => log.Instances[i].TaskType == type.TaskType)
                .Select(i => new Occurrence(i, 0, timings[i].Steps.Count))
                .ToArray();
            measured.Add(measurer.Measure(CandidateKind.TaskType, type.Name, type.Variants[0].Steps, occurrences));
        }
        foreach (var (steps, occurrences) in RoutineFinder.Find(timings, assumptions.Scoring))
            measured.Add(measurer.Measure(CandidateKind.Routine, RoutineName(steps), steps, occurrences));

        var candidates = measured
            .Select(m => Rank(m, log, transfers, period, assumptions))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();
        return new AnalysisResult(period, assumptions, study, candidates);
    }

    private static Candidate Rank(MeasuredCandidate m, WorkLog log, DataTransferReport transfers, ObservedPeriod period, AnalysisAssumptions a)
    {
        var (score, parts) = CandidateScorer.Score(m.Features, a.Scoring);
        var (technology, reason) = TechnologyAdvisor.Advise(a.Advice, f => m.Features.GetValueOrDefault(f));
        if (technology is null)
            (technology, reason) = (Technologies.StandardiseFirst, "no advice rule matched");
        // A routine is named by where it happens and how it starts and ends; its steps are listed in full beside it.
        var name = m.Kind == CandidateKind.Routine ? $"{log.TaskTypes[m.TaskType].Name} — routine: {m.Name}" : m.Name;
        return new Candidate(
            m.Kind, m.TaskType, log.TaskTypes[m.TaskType].Id, name, m.Steps, m.Instances, m.People,
            m.HoursObserved, m.HoursPerYear, m.Fte, score, parts, m.Features, technology, reason,
            SavingsCalculator.Estimate(m.HoursObserved, period, technology, a),
            SavingsCalculator.Sensitivity(m.HoursObserved, period, technology, a),
            [.. transfers.Transfers.Where(t => t.TaskType == m.TaskType).OrderByDescending(t => t.Count)]);
    }

    private static string RoutineName(IReadOnlyList<string> steps) =>
        steps.Count <= 2 ? string.Join(" → ", steps) : $"{steps[0]} → … → {steps[^1]} ({steps.Count} steps)";
}
