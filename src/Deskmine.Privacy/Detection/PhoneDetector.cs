using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// Telephone numbers: every number that Google's libphonenumber (libphonenumber-csharp) finds and validates against
/// the numbering plans of <see cref="Regions"/> (national numbers of those countries in any of their usual
/// groupings, and international numbers of every country), and, by pattern, the international form (<c>+49 30 1234567</c>, <c>0044 20 …</c>),
/// North American form (<c>(212) 555-0100</c>, <c>212-555-0100</c>, area code 2–9) and European national form
/// with a trunk zero and a separator after the area code (<c>030 1234567</c>, <c>0171/1234567</c>).
/// Validator: 8–15 digits (9–13 for national numbers). Plain digit runs, dates (<c>01.03.2024</c>,
/// <c>2024-03-01</c>) and short ids are left alone; they are templated instead.
/// </summary>
internal sealed partial class PhoneDetector : IPiiDetector
{
    /// <summary>Countries whose national numbers (written without a country code) are recognised: the United States
    /// and Canada, the United Kingdom and the countries of the six languages the secret phrases cover, with their
    /// neighbours. International numbers (<c>+…</c>, <c>00…</c>) are recognised for every country.</summary>
    internal static readonly string[] Regions = ["US", "GB", "DE", "FR", "ES", "NL", "IT", "AT", "CH", "BE"];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public string Name => "phone";

    public string Placeholder => "<phone>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (Spans.CountDigits(text) < 7)
            return spans;
        Collect(International(), text, 8, 15, spans);
        Collect(NorthAmerican(), text, 10, 11, spans);
        Collect(National(), text, 9, 13, spans);
        foreach (var region in Regions)
        {
            foreach (var match in Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
                spans.Add(new PiiMatch(match.Start, match.RawString.Length));
        }
        return Spans.Merge(spans);
    }

    private static void Collect(Regex pattern, string text, int minDigits, int maxDigits, List<PiiMatch> spans)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var digits = Checksums.DigitsOnly(m.ValueSpan);
            if (m.ValueSpan.StartsWith("00"))
                digits = digits[2..];
            if (digits.Length >= minDigits && digits.Length <= maxDigits)
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
    }

    [GeneratedRegex(@"(?<![\w+])(?:\+|00(?=[1-9]\d{0,2}[ .\-/]))[1-9]\d{0,2}(?:[ .\-/]?\(0?\d{1,4}\))?(?:[ .\-/]?\d{1,6}){1,6}(?!\w)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex International();

    [GeneratedRegex(@"(?<![\w+\-.])(?:\+?1[ .\-]?)?(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}[ .\-])\d{3}[ .\-]\d{4}(?![\w\-])",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NorthAmerican();

    [GeneratedRegex(@"(?<![\w+\-./])(?:\(0[1-9]\d{1,4}\)[ ]?|0[1-9]\d{1,4}[ /\-])\d{2,8}(?:[ \-]\d{2,6}){0,3}(?![\w\-./])",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex National();
}
