namespace Deskmine.Mining.Recognition;

internal static partial class Segmenter
{
    // Whether the two key lists have a value in common.
    private static bool SharesAny(IReadOnlyList<string> keys, IReadOnlyList<string> others)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = 0; j < others.Count; j++)
            {
                if (string.Equals(keys[i], others[j], StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    // Whether keys[k] is the first of its value in the list.
    private static bool IsFirst(IReadOnlyList<string> keys, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (string.Equals(keys[j], keys[k], StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    // An item's id comes back after other items' work only when the item was put aside and resumed, a few times at
    // most; a value that keeps coming back between other items (row 10 that every run of one routine writes to,
    // button B2 of a form) is part of the routine, not the object it works on. Counted within the resume window, so
    // a spreadsheet row reused on another day stays an id.
    private const int MaxReturns = 2;

    private static IReadOnlyList<RecognizedAction> ReturningKeysDropped(IReadOnlyList<RecognizedAction> actions, RecognitionOptions options)
    {
        var resume = options.ResumeWindow.Ticks / 10;
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        var returns = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<string>? previous = null;
        foreach (var a in actions)
        {
            if (a.Keys.Count == 0)
                continue;
            foreach (var v in a.Keys)
            {
                if ((previous is null || !previous.Contains(v)) && last.TryGetValue(v, out var ts) && a.Ts - ts <= resume)
                    returns[v] = returns.GetValueOrDefault(v) + 1;
                last[v] = a.Ts;
            }
            previous = a.Keys;
        }
        bool Id(string v) => returns.GetValueOrDefault(v) <= MaxReturns;
        return returns.Values.Any(r => r > MaxReturns)
            ? [.. actions.Select(a => a.Keys.All(Id) ? a : a with { Keys = [.. a.Keys.Where(Id)] })]
            : actions;
    }
}

internal static partial class Segmenter
{
    // A label shows an item's id with about as many actions for every item. A value that one label shows far more
    // often than its other values (or the only value it ever shows, again and again) is a constant of one routine
    // that the application's template took for a variable because other routines vary the same slot: row 10 that
    // every run of a routine writes to while another routine walks down the rows, form button B2.
    private const double ConstantOverTypical = 3;

    private static IReadOnlyList<RecognizedAction> RoutineConstantsDropped(IReadOnlyList<RecognizedAction> actions, RecognitionOptions options)
    {
        var counts = new Dictionary<int, Dictionary<string, int>>();
        foreach (var a in actions)
            foreach (var v in a.Keys.Distinct(StringComparer.Ordinal))
            {
                var c = counts.TryGetValue(a.Label, out var d) ? d : counts[a.Label] = new(StringComparer.Ordinal);
                c[v] = c.GetValueOrDefault(v) + 1;
            }
        var constant = new HashSet<(int, string)>();
        foreach (var (label, values) in counts)
            foreach (var (v, n) in values)
            {
                if (n < options.MinStartSupport)
                    continue;
                var others = values.Where(p => p.Key != v).Select(p => p.Value).Order().ToArray();
                var typical = others.Length == 0 ? 1 : others[others.Length / 2];
                if (n >= ConstantOverTypical * typical)
                    constant.Add((label, v));
            }
        if (constant.Count == 0)
            return actions;
        bool Id(RecognizedAction a, string v) => !constant.Contains((a.Label, v));
        return [.. actions.Select(a => a.Keys.All(v => Id(a, v)) ? a : a with { Keys = [.. a.Keys.Where(v => Id(a, v))] })];
    }
}
