using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Standardisation;

/// <summary>
/// Compares how groups (teams, or the values of any event attribute) do the same task type: their variants,
/// handling times, the steps only they do, the best-practice variant and what each group's deviation from it
/// costs a year. Groups with fewer than k people are never shown. See <c>docs/analysis.md</c>, "Standardisation".
/// </summary>
public static class Standardisation
{
    /// <summary>Compares the groups of <paramref name="attribute"/> on every task type of <paramref name="log"/>.</summary>
    /// <param name="log">The work log.</param>
    /// <param name="attribute"><c>team</c> (default), <c>user</c>, <c>machine</c>, or the name of an event attribute.</param>
    /// <param name="options">Settings; <see cref="StandardisationOptions.Default"/> when <c>null</c>.</param>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static StandardisationReport Compare(WorkLog log, string attribute = "team", StandardisationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentException.ThrowIfNullOrWhiteSpace(attribute);
        options ??= StandardisationOptions.Default;
        options.Validate();

        var groups = GroupValues.Of(log, attribute);
        var days = ObservedDays(log);
        var yearFactor = days == 0 ? 0 : options.WorkingDaysPerYear / days;
        var comparisons = new List<TaskTypeComparison>();
        for (var t = 0; t < log.TaskTypes.Count; t++)
        {
            var timed = new List<TimedInstance>();
            var ungrouped = 0;
            for (var n = 0; n < log.Instances.Count; n++)
            {
                var instance = log.Instances[n];
                if (instance.TaskType != t)
                    continue;
                if (groups[n] is not { Length: > 0 } group)
                {
                    ungrouped++;
                    continue;
                }
                var timing = WorkSteps.Timing(log, instance, options.Timing);
                var steps = timing.Steps.Select(s => s.Name).ToArray();
                var rework = steps.Distinct(StringComparer.Ordinal).Count() < steps.Length || Corrections.Any(log, instance);
                timed.Add(new TimedInstance(instance.User, group, steps, string.Join('\u001f', steps), timing.HandlingMicros, rework));
            }
            if (timed.Count > 0 || ungrouped > 0)
                comparisons.Add(CompareType(t, log.TaskTypes[t].Name, timed, ungrouped, yearFactor, options));
        }
        return new StandardisationReport(attribute, days, options.WorkingDaysPerYear, comparisons);
    }

    private static TaskTypeComparison CompareType(
        int type, string name, List<TimedInstance> timed, int ungrouped, double yearFactor, StandardisationOptions options)
    {
        var k = options.MinPeople;
        // Rework is judged per instance (a step redone, a field retyped): the best practice is a variant done cleanly.
        var best = Variants(timed.Where(x => !x.HasRework).ToList())
            .Where(v => v.People >= k)
            .OrderBy(v => v.MedianHandling).ThenByDescending(v => v.Instances)
            .FirstOrDefault();
        var byGroup = timed.GroupBy(x => x.Group, StringComparer.Ordinal).ToArray();
        var shown = byGroup.Where(g => g.Select(x => x.User).Distinct(StringComparer.Ordinal).Count() >= k).ToArray();
        var bestKey = best is null ? null : string.Join('\u001f', best.Steps);
        var stepShares = shown.ToDictionary(g => g.Key, StepShares, StringComparer.Ordinal);
        var profiles = shown.Select(g =>
        {
            var list = g.ToList();
            var median = TimedInstance.Percentile(list.Select(x => x.HandlingMicros), 0.5);
            var excess = best is null ? TimeSpan.Zero : median - best.MedianHandling;
            var own = stepShares[g.Key]
                .Where(s => s.Value >= options.OwnStepShare
                    && stepShares.Where(o => o.Key != g.Key).All(o => o.Value.GetValueOrDefault(s.Key) < options.OwnStepShare))
                .Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();
            return new GroupProfile(
                g.Key,
                list.Select(x => x.User).Distinct(StringComparer.Ordinal).Count(),
                list.Count,
                median,
                TimedInstance.Percentile(list.Select(x => x.HandlingMicros), 0.9),
                (double)list.Count(x => x.HasRework) / list.Count,
                [.. Variants(list).OrderByDescending(v => v.Instances).ThenBy(v => v.MedianHandling).Take(options.MaxVariants)],
                own,
                bestKey is null ? 0 : (double)list.Count(x => x.VariantKey == bestKey && !x.HasRework) / list.Count,
                excess > TimeSpan.Zero ? excess.TotalHours * list.Count * yearFactor : 0);
        })
        .OrderBy(p => p.MedianHandling).ThenBy(p => p.Group, StringComparer.Ordinal)
        .ToArray();
        var follower = best is null || profiles.Length == 0
            ? null
            : profiles.OrderByDescending(p => p.BestPracticeShare).ThenBy(p => p.MedianHandling).First().Group;
        return new TaskTypeComparison(type, name, profiles, byGroup.Length - shown.Length, ungrouped, best, follower);
    }

    /// <summary>The variants among <paramref name="instances"/>, with people and median handling time.</summary>
    private static IEnumerable<VariantProfile> Variants(List<TimedInstance> instances) =>
        instances.GroupBy(x => x.VariantKey, StringComparer.Ordinal).Select(v => new VariantProfile(
            v.First().Steps,
            v.Count(),
            v.Select(x => x.User).Distinct(StringComparer.Ordinal).Count(),
            (double)v.Count() / instances.Count,
            TimedInstance.Percentile(v.Select(x => x.HandlingMicros), 0.5),
            (double)v.Count(x => x.HasRework) / v.Count()));

    /// <summary>Per step name, the share of the group's instances that perform it.</summary>
    private static Dictionary<string, double> StepShares(IGrouping<string, TimedInstance> group)
    {
        var count = group.Count();
        return group.SelectMany(x => x.Steps.Distinct(StringComparer.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(s => s.Key, s => (double)s.Count() / count, StringComparer.Ordinal);
    }

    /// <summary>Distinct UTC dates on which any event happened.</summary>
    private static int ObservedDays(WorkLog log) =>
        log.Events.Where(e => e.Ts is not null)
            .Select(e => e.Ts!.Value / 86_400_000_000L)
            .Distinct()
            .Count();
}
