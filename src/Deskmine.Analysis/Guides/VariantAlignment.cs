namespace Deskmine.Analysis.Guides;

/// <summary>
/// Aligns an instance's step sequence with the main variant by a longest common subsequence: matched steps are
/// the main variant's steps as done, the instance's unmatched steps are extra, the main variant's unmatched steps
/// are missing. Ties prefer matching the earliest main step, so a repeated step reads as an extra repeat after it.
/// </summary>
internal static class VariantAlignment
{
    /// <summary>For each position of <paramref name="instance"/>, the matched position in <paramref name="main"/>, or -1.</summary>
    public static int[] Align(IReadOnlyList<string> main, IReadOnlyList<string> instance)
    {
        var n = main.Count;
        var m = instance.Count;
        // lcs[i, j]: length of the longest common subsequence of main[i..] and instance[j..].
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(main[i], instance[j], StringComparison.Ordinal)
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var matched = new int[m];
        Array.Fill(matched, -1);
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            if (string.Equals(main[a], instance[b], StringComparison.Ordinal) && lcs[a, b] == lcs[a + 1, b + 1] + 1)
            {
                matched[b] = a;
                a++;
                b++;
            }
            else if (lcs[a, b + 1] >= lcs[a + 1, b])
                b++;
            else
                a++;
        }
        return matched;
    }
}
