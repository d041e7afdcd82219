using Deskmine.Analysis.Work;

namespace Deskmine.Server.Reading;

/// <summary>The task types of the last recognition run with their instances, events, people and typical duration and steps.</summary>
internal static class TaskList
{
    public sealed record Item(string Id, string Name, int Instances, int Events, int People, double MedianS, IReadOnlyList<string> Steps);

    public static IReadOnlyList<Item> From(WorkLog work)
    {
        var items = new List<Item>();
        for (var t = 0; t < work.TaskTypes.Count; t++)
        {
            var instances = work.Instances.Where(i => i.TaskType == t).ToList();
            if (instances.Count == 0)
                continue;
            var durations = instances.Select(i => WorkSteps.Timing(work, i).ElapsedMicros).Order().ToList();
            // The typical steps: the most frequent sequence of step names among the instances.
            var steps = instances
                .Select(i => WorkSteps.Timing(work, i).Steps.Select(s => s.Name).ToList())
                .GroupBy(s => string.Join('\u001f', s), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().First();
            items.Add(new Item(work.TaskTypes[t].Id, work.TaskTypes[t].Name, instances.Count, instances.Sum(i => i.Events.Count),
                instances.Select(i => i.User).Distinct(StringComparer.Ordinal).Count(), durations[durations.Count / 2] / 1e6, steps));
        }
        return items.OrderByDescending(i => i.Instances).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }
}
