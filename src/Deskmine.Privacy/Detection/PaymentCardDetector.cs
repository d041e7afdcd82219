using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// Payment card numbers: 13–19 digits, in any grouping and with any separators between the groups (see
/// <see cref="Spans.Separator"/>: double spaces, dots, slashes, <c> - </c> …), that pass the Luhn check.
/// A run of digit groups is searched for the longest Luhn-valid stretch of whole groups, so a card number
/// next to other numbers (<c>4111 1111 1111 1111 12/25</c>) is still found. A Luhn-valid stretch inside one
/// unbroken longer digit run is not a card and is left for the other rules.
/// </summary>
internal sealed partial class PaymentCardDetector : IPiiDetector
{
    public string Name => "card";

    public string Placeholder => "<card>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (Spans.CountDigits(text) < 13)
            return spans;
        foreach (Match m in Run().Matches(text))
            FindInRun(m.Value, m.Index, spans);
        return spans;
    }

    private static void FindInRun(string run, int offset, List<PiiMatch> spans)
    {
        var groups = new List<(int Start, int End)>();
        foreach (Match g in Group().Matches(run))
            groups.Add((g.Index, g.Index + g.Length));
        var first = 0;
        while (first < groups.Count)
        {
            (int From, int To, int Digits)? best = null;
            for (var i = first; i < groups.Count; i++)
            {
                var digits = 0;
                for (var j = i; j < groups.Count; j++)
                {
                    digits += groups[j].End - groups[j].Start;
                    if (digits > 19)
                        break;
                    if (digits >= 13 && (best is null || digits > best.Value.Digits || (digits == best.Value.Digits && i < best.Value.From))
                        && Checksums.Luhn(Checksums.DigitsOnly(run.AsSpan(groups[i].Start, groups[j].End - groups[i].Start))))
                        best = (i, j, digits);
                }
            }
            if (best is not { } b)
                return;
            spans.Add(new PiiMatch(offset + groups[b.From].Start, groups[b.To].End - groups[b.From].Start));
            first = b.To + 1;
        }
    }

    [GeneratedRegex(@"(?<![\d])\d(?:" + Spans.Gap + @"\d){12,400}(?![\d])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Run();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Group();
}
