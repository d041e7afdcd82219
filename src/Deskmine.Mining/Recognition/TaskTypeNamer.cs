namespace Deskmine.Mining.Recognition;

/// <summary>
/// Names a task type from its dominant start, applications and closing action, e.g.
/// <c>copyCell 'A&lt;n&gt;': Excel → Chrome 'clickLink'</c>: the most common first action, the applications used by at
/// least half of the segments in the order they are usually first visited, and the most common last action.
/// </summary>
internal static class TaskTypeNamer
{
    /// <summary>Applications in visiting order and the readable name.</summary>
    public static (IReadOnlyList<string> Apps, string Name) Name(IReadOnlyList<(IReadOnlyList<string> Labels, IReadOnlyList<string> Apps)> segments)
    {
        var position = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var (_, apps) in segments)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < apps.Count; i++)
            {
                if (apps[i].Length == 0 || !seen.Add(apps[i]))
                    continue;
                var p = position.GetValueOrDefault(apps[i]);
                position[apps[i]] = (p.Sum + ((double)i / Math.Max(1, apps.Count - 1)), p.Count + 1);
            }
        }
        var ordered = position.Where(p => p.Value.Count * 2 >= segments.Count)
            .OrderBy(p => p.Value.Sum / p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var first = Mode(segments.Select(s => s.Labels.Count > 0 ? s.Labels[0] : ""));
        var last = Mode(segments.Select(s => s.Labels.Count > 0 ? s.Labels[^1] : ""));
        var name = $"{Short(first)}: {string.Join(" → ", ordered)} {Short(last)}".Trim();
        return (ordered, name);
    }

    private static string Mode(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "";

    // "clickButton Web 'OK'" → "clickButton 'OK'": the app is already in the route.
    private static string Short(string label)
    {
        var kind = label.Split(' ', 2)[0];
        var q = label.IndexOf('\'', StringComparison.Ordinal);
        return q >= 0 ? kind + " " + label[q..] : kind;
    }
}
