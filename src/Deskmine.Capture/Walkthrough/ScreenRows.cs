namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// Groups OCR words into rows by geometry rather than by the OCR engine's layout: words whose vertical extents
/// mostly overlap are on one row, sorted left to right, and a wide gap starts a new row (two fields side by side
/// are two texts). So a card number that OCR returned as four one-word lines is one text for the detectors again.
/// </summary>
internal static class ScreenRows
{
    public static List<List<OcrWord>> Build(IReadOnlyList<OcrWord> words)
    {
        var rows = new List<List<OcrWord>>();
        foreach (var word in words.OrderBy(w => w.Box.Y + w.Box.Height / 2).ThenBy(w => w.Box.X))
        {
            var row = rows.FirstOrDefault(r => SameRow(r[^1], word));
            if (row is null)
                rows.Add([word]);
            else
                row.Add(word);
        }
        var split = new List<List<OcrWord>>();
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Box.X.CompareTo(b.Box.X));
            var current = new List<OcrWord> { row[0] };
            for (var i = 1; i < row.Count; i++)
            {
                var gap = row[i].Box.X - (row[i - 1].Box.X + row[i - 1].Box.Width);
                if (gap > 3 * Math.Max(row[i].Box.Height, row[i - 1].Box.Height))
                {
                    split.Add(current);
                    current = [];
                }
                current.Add(row[i]);
            }
            split.Add(current);
        }
        return split;
    }

    private static bool SameRow(OcrWord a, OcrWord b)
    {
        var top = Math.Max(a.Box.Y, b.Box.Y);
        var bottom = Math.Min(a.Box.Y + a.Box.Height, b.Box.Y + b.Box.Height);
        return bottom - top >= 0.5 * Math.Min(a.Box.Height, b.Box.Height);
    }

    /// <summary>Whether two words of a row are close enough to be parts of one value (gap below two heights).</summary>
    public static bool Adjacent(OcrWord left, OcrWord right) =>
        right.Box.X - (left.Box.X + left.Box.Width) <= 2 * Math.Max(left.Box.Height, right.Box.Height);

    public static int Digits(string word) => word.Count(char.IsAsciiDigit);
}
