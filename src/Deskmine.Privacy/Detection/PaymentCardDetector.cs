using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>Payment card numbers: 13–19 digits, optionally grouped by spaces or dashes, that pass the Luhn
/// check. The number must stand alone (no digit directly before or after), so a Luhn-valid run inside a
/// longer number is left for the other rules.</summary>
internal sealed partial class PaymentCardDetector : IPiiDetector
{
    public string Name => "card";

    public string Placeholder => "<card>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var digits = Checksums.DigitsOnly(m.ValueSpan);
            if (digits.Length is >= 13 and <= 19 && Checksums.Luhn(digits))
                yield return new PiiMatch(m.Index, m.Length);
        }
    }

    [GeneratedRegex(@"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![\d])", RegexOptions.CultureInvariant, 250)]
    private static partial Regex Pattern();
}
