using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// National identification numbers: US Social Security numbers written <c>123-45-6789</c> (excluding area
/// 000, 666 and 900–999, group 00, serial 0000 and the known advertising numbers), UK National Insurance
/// numbers (<c>AB 12 34 56 C</c>, with the invalid prefixes excluded) and German tax ids (11 digits with the
/// ISO 7064 check digit and digit-repetition rule). Other countries' ids are not detected.
/// </summary>
internal sealed partial class NationalIdDetector : IPiiDetector
{
    private static readonly HashSet<string> AdvertisedSsns = ["078051120", "219099999"];

    public string Name => "national_id";

    public string Placeholder => "<id>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (Spans.CountDigits(text) < 6)
            return spans;
        foreach (Match m in Ssn().Matches(text))
        {
            if (!AdvertisedSsns.Contains(Checksums.DigitsOnly(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        foreach (Match m in UkNino().Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
        foreach (Match m in GermanTaxId().Matches(text))
        {
            if (Checksums.GermanTaxId(Checksums.DigitsOnly(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        return Spans.Merge(spans);
    }

    [GeneratedRegex(@"(?<![\w\-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w\-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Ssn();

    [GeneratedRegex(@"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UkNino();

    [GeneratedRegex(@"(?<![\w\-.])[1-9](?: ?\d){10}(?![\w\-.])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanTaxId();
}
