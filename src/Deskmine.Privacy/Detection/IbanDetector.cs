using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// International bank account numbers (ISO 13616), compact or grouped with any separators (spaces, dashes, dots,
/// slashes …, see <see cref="Spans.Separator"/>), in any letter case, validated by mod 97.
/// For countries with a known length the candidate is cut to that length, so text glued to the end of an
/// IBAN does not hide it; for others the longest valid prefix counts.
/// </summary>
internal sealed partial class IbanDetector : IPiiDetector
{
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GR"] = 27, ["HR"] = 21,
        ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21,
        ["MC"] = 27, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24,
        ["SI"] = 19, ["SK"] = 24, ["SM"] = 27,
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
        for (var n = Math.Min(34, all.Length); n >= 15; n--)
        {
            if (Checksums.Iban(all.AsSpan(0, n)))
                return ends[n - 1];
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]" + Spans.Gap + "[A-Za-z]" + Spans.Gap + @"\d" + Spans.Gap + @"\d(?:" + Spans.Gap + "[A-Za-z0-9]){11,40}",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
