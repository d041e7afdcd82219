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
        foreach (Match m in Candidate().Matches(text))
        {
            if (IsValidNumber(m.Value))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        return Spans.Merge(spans);
    }

    /// <summary>Whether libphonenumber reads the candidate as a valid number: international form for any country,
    /// national form (nine or more digits, not shaped like a date) for one of <see cref="Regions"/>.</summary>
    private static bool IsValidNumber(string candidate)
    {
        var digits = Checksums.DigitsOnly(candidate).Length;
        var international = candidate.StartsWith('+') || candidate.StartsWith("00", StringComparison.Ordinal);
        if (digits is < 8 or > 17 || (!international && (digits < 9 || DateLike().IsMatch(candidate))))
            return false;
        foreach (var region in international ? ["ZZ"] : NationalRegions(candidate, digits))
        {
            try
            {
                var number = Util.Parse(international && candidate.StartsWith("00", StringComparison.Ordinal) ? "+" + candidate[2..] : candidate, region);
                if (international ? Util.IsValidNumber(number) : Util.IsValidNumberForRegion(number, region))
                    return true;
            }
            catch (NumberParseException)
            {
                // Not a number in this plan; try the next.
            }
        }
        return false;
    }

    // Parsing is the costly part, so each national candidate is tried only in the plans it can belong to: a trunk
    // zero in Europe, ten digits from 2–9 in North America, nine digits from 6–9 in Spain, a 3 in Italy (mobiles).
    private static string[] NationalRegions(string candidate, int digits)
    {
        var first = candidate.TrimStart('(')[0];
        return first switch
        {
            '0' => Trunk,
            '3' => ["IT"],
            >= '6' when digits == 9 => ["ES", "FR"],
            >= '2' when digits is 10 or 11 => ["US"],
            _ => [],
        };
    }

    private static readonly string[] Trunk = ["DE", "GB", "FR", "NL", "IT", "AT", "CH", "BE"];

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

    // Anything shaped like a phone number: an optional + or 00, then digits with the separators people use.
    [GeneratedRegex(@"(?<![\w+])(?:\+[ ]?|(?=\d))\(?\d(?:[ .\-/()\u2010-\u2015]{0,4}\d){6,16}(?!\w)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00(?=[1-9]\d{0,2}[ .\-/]))[1-9]\d{0,2}(?:[ .\-/]?\(0?\d{1,4}\))?(?:[ .\-/]?\d{1,6}){1,6}(?!\w)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex International();

    [GeneratedRegex(@"(?<![\w+\-.])(?:\+?1[ .\-]?)?(?:\([2-9]\d{2}\)[ .\-\u2013]{0,3}|[2-9]\d{2}[ .\-/]{1,3})\d{3}[ .\-/]{1,3}\d{4}(?![\w\-])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex NorthAmerican();

    [GeneratedRegex(@"(?<![\w+\-./])(?:\(0[1-9]\d{1,4}\)[ ]?|0[1-9]\d{1,4}[ /\-])\d{2,8}(?:[ \-]\d{2,6}){0,3}(?![\w\-./])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex National();
}
