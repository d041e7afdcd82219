namespace Deskmine.Analysis.Compliance;

/// <summary>Finds the activity names closest to a misspelt one (case-insensitive edit distance).</summary>
internal static class ActivityHints
{
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates, int count)
    {
        if (count == 0)
            return [];
        var target = name.ToLowerInvariant();
        return [.. candidates
            .Select(c => (Name: c, Distance: Distance(target, c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Name)];
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    internal static int Distance(string s, string t)
    {
        var previous = new int[t.Length + 1];
        var current = new int[t.Length + 1];
        for (var j = 0; j <= t.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= s.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= t.Length; j++)
            {
                var substitution = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[t.Length];
    }
}
