using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.TimeStudy;

/// <summary>
/// Time per task type, variant and step, from the steps and times of <see cref="WorkSteps"/> (the one time
/// definition), extrapolated from the <see cref="ObservedPeriod"/> to a working year.
/// </summary>
public static class TimeStudyCalculator
{
    /// <summary>The time study of every task type with at least one instance, most handling hours first.</summary>
    /// <param name="log">The work log.</param>
    /// <param name="timings">The timing of every instance of <paramref name="log"/> (<see cref="WorkSteps.Timing"/>), aligned with its instances.</param>
    /// <param name="period">The observed period of <paramref name="log"/>.</param>
    /// <param name="assumptions">Working year and FTE hours.</param>
    public static IReadOnlyList<TaskTypeTimes> Study(
        WorkLog log, IReadOnlyList<InstanceTiming> timings, ObservedPeriod period, AnalysisAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(assumptions);
        return [.. Enumerable.Range(0, log.Instances.Count)
            .GroupBy(i => log.Instances[i].TaskType)
            .Select(g => Type(log, timings, g.Key, g.ToArray(), period, assumptions))
            .OrderByDescending(t => t.HoursObserved).ThenBy(t => t.TaskType)];
    }

    private static TaskTypeTimes Type(
        WorkLog log, IReadOnlyList<InstanceTiming> timings, int type, int[] instances, ObservedPeriod period, AnalysisAssumptions a)
    {
        var people = instances.Select(i => log.Instances[i].User).Distinct(StringComparer.Ordinal).Count();
        var hours = instances.Sum(i => timings[i].HandlingMicros) / 3.6e9;
        var hoursPerYear = period.PerYear(hours, a.WorkingDaysPerYear);
        var weeks = period.Weeks(a.WorkingDaysPerWeek);
        var variants = instances
            .GroupBy(i => string.Join('\u001f', timings[i].Steps.Select(s => s.Name)), StringComparer.Ordinal)
            .Select(g => new VariantTimes(
                [.. timings[g.First()].Steps.Select(s => s.Name)], g.Count(), (double)g.Count() / instances.Length,
                Durations.Of(g.Select(i => timings[i].HandlingMicros)), Durations.Of(g.Select(i => timings[i].WaitingMicros))))
            .OrderByDescending(v => v.Instances).ThenBy(v => string.Join('\u001f', v.Steps), StringComparer.Ordinal)
            .ToArray();
        var steps = instances.SelectMany(i => timings[i].Steps)
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => new StepTimes(g.Key, g.Count(), Durations.Of(g.Select(s => s.HandlingMicros)), Durations.Of(g.Select(s => s.WaitingMicros))))
            .OrderByDescending(s => s.Occurrences).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        var wt = log.TaskTypes[type];
        return new TaskTypeTimes(
            type, wt.Id, wt.Name, instances.Length, people,
            Durations.Of(instances.Select(i => timings[i].HandlingMicros)), Durations.Of(instances.Select(i => timings[i].WaitingMicros)),
            people == 0 || weeks == 0 ? 0 : instances.Length / (double)people / weeks,
            hours, hoursPerYear, hoursPerYear / a.HoursPerFte,
            Applications(log, instances.Select(i => timings[i])), variants, steps);
    }

    /// <summary>
    /// Handling time per application: a step's handling time is split over its events' applications in proportion
    /// to their events (a step that copies in Acrobat and pastes in the ERP counts for both).
    /// </summary>
    internal static IReadOnlyList<ApplicationShare> Applications(WorkLog log, IEnumerable<InstanceTiming> timings)
    {
        var micros = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var step in timings.SelectMany(t => t.Steps))
        {
            if (step.Events.Count == 0)
                continue;
            var each = (double)step.HandlingMicros / step.Events.Count;
            foreach (var e in step.Events)
            {
                var app = log.Events[e].App ?? "";
                micros[app] = micros.GetValueOrDefault(app) + each;
            }
        }
        var total = micros.Values.Sum();
        return [.. micros.Select(kv => new ApplicationShare(kv.Key, total == 0 ? 0 : kv.Value / total, kv.Value / 3.6e9))
            .OrderByDescending(x => x.Share).ThenBy(x => x.App, StringComparer.Ordinal)];
    }
}
