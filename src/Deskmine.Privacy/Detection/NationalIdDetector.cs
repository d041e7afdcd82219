using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// National identification numbers, with any separators between their parts (see <see cref="Spans.Separator"/>):
/// US Social Security numbers (<c>123-45-6789</c>, <c>123 45 6789</c>, <c>123.45.6789</c>; excluding area 000, 666
/// and 900–999, group 00, serial 0000 and the known advertising numbers; nine plain digits only after <c>SSN</c>),
/// UK National Insurance numbers (<c>AB 12 34 56 C</c>, invalid prefixes excluded), German tax ids (11 digits
/// with the ISO 7064 check digit and digit-repetition rule), French social security numbers (NIR: 13 digits and
/// the mod-97 key), Spanish DNI/NIE (8 digits and the mod-23 letter), Italian fiscal codes (16 characters and the
/// check letter) and Dutch citizen service numbers (BSN: nine digits passing the 11-test, only after
/// <c>BSN</c>/<c>burgerservicenummer</c>, because many ordinary numbers pass it).
/// </summary>
internal sealed partial class NationalIdDetector : IPiiDetector
{
    private static readonly HashSet<string> AdvertisedSsns = ["078051120", "219099999"];

    public string Name => "national_id";

    public string Placeholder => "<id>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        // Each pattern needs a number of digits; counting them first skips the patterns that cannot match.
        var digits = Spans.CountDigits(text);
        if (digits < 6)
            return spans;
        if (digits >= 9)
            FindSsnAndBsn(text, spans);
        foreach (Match m in UkNino().Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
        if (digits < 7)
            return Spans.Merge(spans);
        foreach (Match m in GermanTaxId().Matches(text))
        {
            if (Checksums.GermanTaxId(Checksums.DigitsOnly(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        foreach (Match m in FrenchNir().Matches(text))
        {
            if (NationalIds.FrenchNir(Checksums.Compact(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        foreach (Match m in SpanishDni().Matches(text))
        {
            if (NationalIds.SpanishDni(Checksums.Compact(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        foreach (Match m in ItalianFiscalCode().Matches(text))
        {
            if (NationalIds.ItalianFiscalCode(Checksums.Compact(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        return Spans.Merge(spans);
    }

    private static void FindSsnAndBsn(string text, List<PiiMatch> spans)
    {
        foreach (Match m in Ssn().Matches(text))
        {
            if (!AdvertisedSsns.Contains(Checksums.DigitsOnly(m.ValueSpan)))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        foreach (Match m in LabelledNumber().Matches(text))
        {
            var number = m.Groups["number"];
            var digits = Checksums.DigitsOnly(number.ValueSpan);
            if (digits.Length == 9 && (m.Groups["bsn"].Success ? NationalIds.DutchBsn(digits) : IsValidSsn(digits)))
                spans.Add(new PiiMatch(number.Index, number.Length));
        }
    }

    // The ranges never issued: area 000, 666 and 900–999, group 00, serial 0000, and the advertised samples.
    private static bool IsValidSsn(string digits) =>
        digits[..3] is not ("000" or "666") && digits[0] != '9' && digits[3..5] != "00" && digits[5..] != "0000" && !AdvertisedSsns.Contains(digits);

    private const string Gap = Spans.Separator + "{1,5}";
    private const string OptGap = Spans.Gap;

    [GeneratedRegex(@"(?<![\w])(?!000|666|9\d\d)\d{3}" + Gap + @"(?!00)\d{2}" + Gap + @"(?!0000)\d{4}(?![\w])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Ssn();

    [GeneratedRegex(@"(?i)\b(?:(?<ssn>ssn|social\s+security(?:\s+(?:number|no\.?|nr\.?|#))?)|(?<bsn>bsn|burgerservicenummer|sofinummer))\W{0,5}(?<number>\d(?:" + OptGap + @"\d){8})(?!\d)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"(?i)(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]" + OptGap + "[A-CEGHJ-NPR-TW-Z]" + OptGap + @"\d{2}" + OptGap + @"\d{2}" + OptGap + @"\d{2}" + OptGap + @"[A-D](?![\w])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex UkNino();

    [GeneratedRegex(@"(?<![\w\-.])[1-9](?:" + OptGap + @"\d){10}(?![\w])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex GermanTaxId();

    [GeneratedRegex(@"(?<![\w])[1278]" + OptGap + @"\d{2}" + OptGap + @"\d{2}" + OptGap + @"(?:\d{2}|2[AB])" + OptGap + @"\d{3}" + OptGap + @"\d{3}" + OptGap + @"\d{2}(?![\w])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMs)]
    private static partial Regex FrenchNir();

    [GeneratedRegex(@"(?<![\w])(?:[XYZxyz]" + OptGap + @")?\d(?:" + OptGap + @"\d){6,7}" + OptGap + @"[A-Za-z](?![\w])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex SpanishDni();

    [GeneratedRegex(@"(?i)(?<![\w])[A-Z]{6}" + OptGap + @"[0-9LMNPQRSTUV]{2}" + OptGap + @"[ABCDEHLMPRST]" + OptGap + @"[0-9LMNPQRSTUV]{2}" + OptGap + @"[A-Z][0-9LMNPQRSTUV]{3}" + OptGap + @"[A-Z](?![\w])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex ItalianFiscalCode();
}
