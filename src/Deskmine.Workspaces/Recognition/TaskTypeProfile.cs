using Deskmine.Mining.Recognition;

namespace Deskmine.Workspaces.Recognition;

/// <summary>What a person needs to recognise a task type in a list: who does it, how long it takes, what it consists of.</summary>
/// <param name="People">Number of distinct people (pseudonyms) with at least one instance; a count, never who.</param>
/// <param name="MedianSeconds">Median time from an instance's first to its last event, in seconds; <c>null</c> when events carry no time.</param>
/// <param name="Steps">Readable names of its typical steps, in the order they usually happen (at most <see cref="MaxSteps"/>).</param>
public sealed record TaskTypeProfile(int People, double? MedianSeconds, IReadOnlyList<string> Steps)
{
    /// <summary>Most example steps a profile lists.</summary>
    public const int MaxSteps = 6;

    /// <summary>The profile of every task type of <paramref name="result"/>, by type index.</summary>
    public static IReadOnlyList<TaskTypeProfile> Of(RecognizedTasks result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bySegmentType = result.Segments.GroupBy(s => s.TaskType).ToDictionary(g => g.Key, g => g.ToList());
        var readings = StepReadings.Of(result);
        return [.. result.TaskTypes.Select(t => bySegmentType.TryGetValue(t.Index, out var segments)
            ? Profile(segments, readings)
            : new TaskTypeProfile(0, null, []))];
    }

    private static TaskTypeProfile Profile(List<RecognizedSegment> segments, StepReadings readings)
    {
        var people = segments.Select(s => s.User).Distinct(StringComparer.Ordinal).Count();
        var durations = segments.Where(s => s.Start is not null && s.End is not null)
            .Select(s => (s.End!.Value - s.Start!.Value) / 1e6).Order().ToList();
        // Milliseconds are the precision kept in the catalogue; rounding here makes a fresh run and a stored one agree.
        double? median = durations.Count == 0 ? null
            : Math.Round(durations.Count % 2 == 1 ? durations[durations.Count / 2]
                : (durations[(durations.Count / 2) - 1] + durations[durations.Count / 2]) / 2, 3);
        return new TaskTypeProfile(people, median, TypicalSteps(segments, readings));
    }

    // The steps present in at least half of the instances, by their mean relative position (the type's usual path);
    // a type too varied for that shows its most frequent steps instead. A step is what an action reads as (its name in
    // the run, or its label when it has none), counted by number; only the steps listed become text.
    private static List<string> TypicalSteps(List<RecognizedSegment> segments, StepReadings readings)
    {
        var count = new List<int>();
        var position = new List<double>();
        var lastSegment = new List<int>();
        var seen = new List<int>();
        var actions = new List<int>();
        for (var si = 0; si < segments.Count; si++)
        {
            var s = segments[si];
            readings.Read(s, actions);
            for (var i = 0; i < actions.Count; i++)
            {
                var step = actions[i];
                while (count.Count <= step)
                {
                    count.Add(0);
                    position.Add(0);
                    lastSegment.Add(-1);
                }
                if (lastSegment[step] == si)
                    continue;
                if (count[step] == 0)
                    seen.Add(step);
                lastSegment[step] = si;
                count[step]++;
                position[step] += (double)i / Math.Max(1, actions.Count - 1);
            }
        }
        var all = seen.Select(step => (Name: readings.Text(step), Count: count[step], Position: position[step])).ToList();
        var core = all.Where(p => p.Count * 2 >= segments.Count).ToList();
        if (core.Count == 0)
            core = [.. all.OrderByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal).Take(MaxSteps)];
        return [.. core.OrderByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal).Take(MaxSteps)
            .OrderBy(p => p.Position / p.Count).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name)];
    }
}
