using System.Text.RegularExpressions;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Candidates;

internal sealed partial class FeatureMeasurer
{
    /// <summary>
    /// Rework: a step that acts (enters, clicks, pastes) performed again later in the same occurrence, an undo
    /// (ctrl+z), or text selected with ctrl+a and typed over. Returning to a window or page is not rework: with
    /// fine-grained steps (one per action label) people switch back to the same screen all the time. Nor is a
    /// second key press: action labels of keys do not say which key (ctrl+v then ctrl+s share one label).
    /// </summary>
    private bool HasRework(Occurrence x)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selectAll = false;
        foreach (var step in Slice(x))
        {
            if (!seen.Add(step.Name) && step.Events.Any(i => !Moves(_log.Events[i].Kind)))
                return true;
            foreach (var i in step.Events)
            {
                var e = _log.Events[i];
                var key = e.Attrs?.GetValueOrDefault("key");
                if (string.Equals(key, "ctrl+z", StringComparison.OrdinalIgnoreCase))
                    return true;
                if (selectAll && e.Kind == EventKinds.TextInput)
                    return true;
                selectAll = string.Equals(key, "ctrl+a", StringComparison.OrdinalIgnoreCase)
                    || (selectAll && e.Kind is EventKinds.Click or EventKinds.Idle);
            }
        }
        return false;
    }

    private static bool Moves(string kind) =>
        kind is EventKinds.AppSwitch or EventKinds.Navigate or EventKinds.Scroll or EventKinds.Idle
            or EventKinds.KeyShortcut or EventKinds.KeySpecial;

    /// <summary>
    /// Share of acted-on events whose screen element (application, role, name with digits masked) recurs in at
    /// least <paramref name="stable"/> of the occurrences: a robot finds the same screens every time.
    /// </summary>
    private double UiStability(IReadOnlyList<Occurrence> occurrences, double stable)
    {
        var seenIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var perEvent = new List<string>();
        foreach (var x in occurrences)
        {
            var mine = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in Slice(x).SelectMany(s => s.Events))
            {
                var e = _log.Events[i];
                if (e.TargetName is null && e.TargetRole is null)
                    continue;
                var element = $"{e.App}|{e.TargetRole}|{Digits().Replace(e.TargetName ?? "", "#")}";
                perEvent.Add(element);
                if (mine.Add(element))
                    seenIn[element] = seenIn.GetValueOrDefault(element) + 1;
            }
        }
        if (perEvent.Count == 0)
            return 0;
        var needed = stable * occurrences.Count;
        return perEvent.Count(el => seenIn[el] >= needed) / (double)perEvent.Count;
    }

    /// <summary>
    /// Share of people (with at least 3 occurrences) whose own most frequent variant is not the most frequent
    /// variant of everyone: they do the work their own way.
    /// </summary>
    private double PersonVariance(IReadOnlyList<Occurrence> occurrences, IReadOnlyList<string> variants)
    {
        if (variants.Count == 0)
            return 0;
        var top = Mode(variants);
        var people = occurrences.Select((x, n) => (_log.Instances[x.Instance].User, Variant: variants[n]))
            .GroupBy(p => p.User, StringComparer.Ordinal)
            .Where(g => g.Count() >= 3)
            .ToArray();
        return people.Length == 0 ? 0 : people.Count(g => Mode(g.Select(p => p.Variant)) != top) / (double)people.Length;
    }

    private static string Mode(IEnumerable<string> values) => values.GroupBy(v => v, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>
    /// Share of typed values (by keyed hash) that the same occurrence already had in the same application (typed,
    /// copied or pasted before): the system already holds them. Values carried to another application are data
    /// transfers, not re-typing.
    /// </summary>
    private double Retyping(IReadOnlyList<Occurrence> occurrences)
    {
        int typed = 0, again = 0;
        foreach (var x in occurrences)
        {
            var had = new HashSet<(string?, string)>();
            foreach (var i in Slice(x).SelectMany(s => s.Events))
            {
                var e = _log.Events[i];
                if (string.IsNullOrEmpty(e.ValueHash))
                    continue;
                if (e.Kind == EventKinds.TextInput)
                {
                    typed++;
                    if (had.Contains((e.App, e.ValueHash)))
                        again++;
                }
                had.Add((e.App, e.ValueHash));
            }
        }
        return typed == 0 ? 0 : again / (double)typed;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
