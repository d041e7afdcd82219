namespace Deskmine.Privacy.Detection;

/// <summary>Helpers for detectors that combine several patterns.</summary>
internal static class Spans
{
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
