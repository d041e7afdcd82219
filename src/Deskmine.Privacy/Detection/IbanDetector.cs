using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// International bank account numbers (ISO 13616), compact or grouped with any separators (spaces, dashes, dots,
/// slashes …, see <see cref="Spans.Separator"/>), in any letter case, validated by mod 97.
/// The candidate is cut to its country's registered length, so text glued to the end of an IBAN does not hide it.
/// </summary>
internal sealed partial class IbanDetector : IPiiDetector
{
    // Lengths of the IBAN countries (SWIFT IBAN registry). Only these count: with an unknown country code any text of
    // 15–34 letters and digits would pass mod 97 at some length one time in a few.
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22, ["BI"] = 27,
        ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28,
        ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23,
        ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HN"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21,
        ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MN"] = 20, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28,
        ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22,
        ["RU"] = 33, ["SA"] = 24, ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25,
        ["SV"] = 28, ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    };

    public string Name => "iban";

    public string Placeholder => "<iban>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        if (Spans.CountDigits(text) < 8)
            yield break;
        // A failed candidate may have swallowed the start of a real IBAN after it ("at 12 DE89 …"), so the search
        // goes on from the candidate's next character rather than from its end.
        var from = 0;
        while (from < text.Length)
        {
            var m = Pattern().Match(text, from);
            if (!m.Success)
                yield break;
            if (Validate(m.Value) is { } length)
            {
                yield return new PiiMatch(m.Index, length);
                from = m.Index + length;
            }
            else
            {
                from = m.Index + 1;
            }
        }
    }

    /// <summary>Length in characters (with separators) of the valid IBAN at the start of the candidate, if any.</summary>
    private static int? Validate(string candidate)
    {
        // Map each compact character back to its end position in the candidate.
        var compact = new List<char>(candidate.Length);
        var ends = new List<int>(candidate.Length);
        for (var i = 0; i < candidate.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(candidate[i]))
            {
                compact.Add(char.ToUpperInvariant(candidate[i]));
                ends.Add(i + 1);
            }
        }
        var all = new string([.. compact]);
        if (Lengths.TryGetValue(all[..2], out var known))
            return all.Length >= known && Checksums.Iban(all.AsSpan(0, known)) ? ends[known - 1] : null;
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]" + Spans.Gap + "[A-Za-z]" + Spans.Gap + @"\d" + Spans.Gap + @"\d(?:" + Spans.Gap + "[A-Za-z0-9]){11,40}",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Pattern();
}
