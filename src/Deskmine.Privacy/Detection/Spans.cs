namespace Deskmine.Privacy.Detection;

/// <summary>Helpers for detectors that combine several patterns.</summary>
internal static class Spans
{
    /// <summary>
    /// Regex class of the characters that may stand between the digit groups of a number: every space and dash,
    /// dots, slashes, underscores, bars, commas, colons, apostrophes, brackets, stars, pluses and tildes. Numbers are
    /// read across runs of up to <see cref="MaxSeparatorRun"/> of them, so <c>4111  1111</c>, <c>4111 - 1111</c> and
    /// <c>4111/1111</c> are one number to the validators (which then decide).
    /// </summary>
    public const string Separator = @"[\s\p{Pd}./\\_|\u00B7\u2022,:;'\u2019()\[\]{}*+~=\u2212]";

    /// <summary>Longest run of <see cref="Separator"/> characters read as one separator.</summary>
    public const int MaxSeparatorRun = 5;

    /// <summary><see cref="Separator"/> repeated 0 to <see cref="MaxSeparatorRun"/> times.</summary>
    public const string Gap = Separator + "{0,5}";

    /// <summary>Number of ASCII digits in <paramref name="text"/>: a cheap test that lets number detectors skip
    /// texts that cannot hold what they look for.</summary>
    public static int CountDigits(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
                n++;
        }
        return n;
    }

    /// <summary>Sorts spans and drops any that overlap an earlier (or, at the same start, longer) one.</summary>
    public static List<PiiMatch> Merge(List<PiiMatch> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<PiiMatch>(spans.Count);
        var end = -1;
        foreach (var s in spans)
        {
            if (s.Length <= 0 || s.Start < end)
                continue;
            merged.Add(s);
            end = s.Start + s.Length;
        }
        return merged;
    }
}
