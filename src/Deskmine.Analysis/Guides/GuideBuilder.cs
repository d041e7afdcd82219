using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Guides;

/// <summary>
/// Builds a task type's guide: the main variant is the most frequent step sequence (ties: the shorter, then the
/// first in ordinal order, so the result is deterministic); every instance is aligned with it
/// (<see cref="VariantAlignment"/>) so a step's time and description draw on every instance that did it, and the
/// unmatched steps become the exceptions.
/// </summary>
internal static class GuideBuilder
{
    public static GuideAnalysis Build(WorkLog log, int taskType, DataTransferReport? transfers, GuideOptions options)
    {
        var type = log.TaskTypes[taskType];
        var instances = log.Instances.Where(i => i.TaskType == taskType).ToArray();
        var timings = instances.Select(i => WorkSteps.Timing(log, i, options.Timing)).ToArray();
        var sequences = timings.Select(t => (IReadOnlyList<string>)t.Steps.Select(s => s.Name).ToArray()).ToArray();
        var groups = Enumerable.Range(0, instances.Length)
            .GroupBy(i => string.Join('\u001f', sequences[i]), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => sequences[g.First()].Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        var main = groups.Length > 0 ? sequences[groups[0].First()] : [];
        var mainMembers = groups.Length > 0 ? groups[0].ToArray() : [];

        var occurrences = main.Select(_ => new List<StepOccurrence>()).ToArray();
        var extras = new Dictionary<(int After, string Step), (HashSet<int> Instances, List<StepOccurrence> Occurrences)>();
        var missing = new Dictionary<int, int>();
        for (var n = 0; n < instances.Length; n++)
        {
            var steps = timings[n].Steps;
            var matched = VariantAlignment.Align(main, sequences[n]);
            var seen = new bool[main.Count];
            var after = 0;
            for (var k = 0; k < steps.Count; k++)
            {
                if (matched[k] >= 0)
                {
                    occurrences[matched[k]].Add(steps[k]);
                    seen[matched[k]] = true;
                    after = matched[k] + 1;
                    continue;
                }
                var key = (after, steps[k].Name);
                if (!extras.TryGetValue(key, out var extra))
                    extras[key] = extra = ([], []);
                extra.Instances.Add(n);
                extra.Occurrences.Add(steps[k]);
            }
            for (var p = 0; p < main.Count; p++)
            {
                if (!seen[p])
                    missing[p] = missing.GetValueOrDefault(p) + 1;
            }
        }

        var shapes = occurrences.Select(o => StepDescriber.Describe(log, o)).ToArray();
        var steps0 = shapes.Select((s, p) => ToStep(p + 1, main[p], s, occurrences[p], taskType, transfers)).ToArray();
        var exceptions = Exceptions(log, extras, missing, steps0, instances.Length, taskType, transfers, options);
        var summary = new GuideSummary(
            instances.Length,
            instances.Select(i => i.User).Distinct(StringComparer.Ordinal).Count(),
            groups.Length,
            mainMembers.Length,
            Median(timings.Select(t => t.HandlingMicros)),
            Median(timings.Select(t => t.ElapsedMicros)));
        var systems = GuideSystems.Build(log, type, timings, shapes, options);
        var guide = new TaskGuide(type.Id, type.Name, summary, steps0, exceptions, systems);
        return new GuideAnalysis(
            guide, shapes, [.. mainMembers.Select(i => instances[i])], [.. mainMembers.Select(i => timings[i].Steps)]);
    }

    private static IReadOnlyList<GuideException> Exceptions(
        WorkLog log, Dictionary<(int After, string Step), (HashSet<int> Instances, List<StepOccurrence> Occurrences)> extras,
        Dictionary<int, int> missing, GuideStep[] steps, int total, int taskType, DataTransferReport? transfers, GuideOptions options)
    {
        var list = new List<GuideException>();
        foreach (var ((after, name), (who, occ)) in extras)
        {
            if (who.Count < options.MinExceptionInstances)
                continue;
            var step = ToStep(0, name, StepDescriber.Describe(log, occ), occ, taskType, transfers);
            list.Add(new GuideException(GuideExceptionKind.ExtraStep, step, after, who.Count, Share(who.Count, total)));
        }
        foreach (var (position, count) in missing)
        {
            if (count >= options.MinExceptionInstances)
                list.Add(new GuideException(GuideExceptionKind.MissingStep, steps[position], position, count, Share(count, total)));
        }
        return [.. list
            .OrderByDescending(e => e.Instances).ThenBy(e => e.AfterStep).ThenBy(e => e.Kind).ThenBy(e => e.Step.StepName, StringComparer.Ordinal)
            .Take(options.MaxExceptions)];
    }

    private static GuideStep ToStep(int number, string name, StepShape shape, IReadOnlyList<StepOccurrence> occurrences, int taskType, DataTransferReport? transfers) =>
        new(number, name, shape.Application, shape.Screen, shape.Url, shape.Element, shape.Action, shape.Description, shape.Input,
            GuideData.Flows(shape, taskType, transfers), occurrences.Count, Median(occurrences.Select(o => o.HandlingMicros)));

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;

    /// <summary>The median (mean of the two middle values for an even count), 0 for no values.</summary>
    public static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
