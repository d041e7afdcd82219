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
        return [.. result.TaskTypes.Select(t => bySegmentType.TryGetValue(t.Index, out var segments)
            ? Profile(segments, result.StepNames)
            : new TaskTypeProfile(0, null, []))];
    }

    private static TaskTypeProfile Profile(List<RecognizedSegment> segments, IReadOnlyDictionary<string, string> names)
    {
        var people = segments.Select(s => s.User).Distinct(StringComparer.Ordinal).Count();
        var durations = segments.Where(s => s.Start is not null && s.End is not null)
            .Select(s => (s.End!.Value - s.Start!.Value) / 1e6).Order().ToList();
        // Milliseconds are the precision kept in the catalogue; rounding here makes a fresh run and a stored one agree.
        double? median = durations.Count == 0 ? null
            : Math.Round(durations.Count % 2 == 1 ? durations[durations.Count / 2]
                : (durations[(durations.Count / 2) - 1] + durations[durations.Count / 2]) / 2, 3);
        return new TaskTypeProfile(people, median, TypicalSteps(segments, names));
    }

    // The steps present in at least half of the instances, by their mean relative position (the type's usual path);
    // a type too varied for that shows its most frequent steps instead.
    // Names are looked up in the run's own table (what StepNames.From would copy: a label without a name reads as itself).
    private static List<string> TypicalSteps(List<RecognizedSegment> segments, IReadOnlyDictionary<string, string> names)
    {
        var seen = new Dictionary<string, (int Count, double Position)>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            var first = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < s.Actions.Count; i++)
            {
                var label = s.Actions[i];
                var name = names.TryGetValue(label, out var n) && n.Length > 0 ? n : label;
                if (!first.Add(name))
                    continue;
                var p = seen.GetValueOrDefault(name);
                seen[name] = (p.Count + 1, p.Position + ((double)i / Math.Max(1, s.Actions.Count - 1)));
            }
        }
        var core = seen.Where(p => p.Value.Count * 2 >= segments.Count).ToList();
        if (core.Count == 0)
            core = [.. seen.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxSteps)];
        return [.. core.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxSteps)
            .OrderBy(p => p.Value.Position / p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
    }
}
