using System.Text;

namespace Deskmine.Privacy.Normalisation;

/// <summary>
/// The compatibility mappings of Unicode NFKC that matter for hiding letters and digits, done by hand because the
/// runtime's own normalisation is unavailable in globalisation-invariant mode (which Deskmine's binaries use):
/// full-width and small forms, mathematical alphanumerics, circled, parenthesised and dingbat digits and letters,
/// super- and subscript digits, Latin ligatures and regional indicator letters.
/// </summary>
internal static class CompatibilityFold
{
    /// <summary>Whether <paramref name="text"/> holds a character this fold changes.</summary>
    public static bool Applies(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u00b2' && (char.IsSurrogate(c) || Fold(c) is not null))
                return true;
        }
        return false;
    }

    /// <summary>The text with every compatibility character replaced.</summary>
    public static string Apply(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var code = char.ConvertToUtf32(c, text[i + 1]);
                if (FoldAstral(code) is { } astral)
                    builder.Append(astral);
                else
                    builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            builder.Append(Fold(c) ?? c.ToString());
        }
        return builder.ToString();
    }

    private static string? Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
        '\u3000' => " ",
        '\uFE50' => ",", '\uFE52' => ".", '\uFE54' => ";", '\uFE55' => ":", '\uFE56' => "?", '\uFE57' => "!", '\uFE58' => "-",
        '\uFE59' => "(", '\uFE5A' => ")", '\uFE5F' => "#", '\uFE60' => "&", '\uFE61' => "*", '\uFE62' => "+", '\uFE63' => "-",
        '\uFE64' => "<", '\uFE65' => ">", '\uFE66' => "=", '\uFE68' => "\\", '\uFE69' => "$", '\uFE6A' => "%", '\uFE6B' => "@",
        '\u00B2' => "2", '\u00B3' => "3", '\u00B9' => "1", '\u2070' => "0",
        >= '\u2074' and <= '\u2079' => ((char)('4' + (c - '\u2074'))).ToString(),
        >= '\u2080' and <= '\u2089' => ((char)('0' + (c - '\u2080'))).ToString(),
        >= '\u2460' and <= '\u2473' => (c - '\u2460' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        >= '\u2474' and <= '\u2487' => "(" + (c - '\u2474' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
        >= '\u2488' and <= '\u249B' => (c - '\u2488' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
        >= '\u249C' and <= '\u24B5' => "(" + (char)('a' + (c - '\u249C')) + ")",
        >= '\u24B6' and <= '\u24CF' => ((char)('A' + (c - '\u24B6'))).ToString(),
        >= '\u24D0' and <= '\u24E9' => ((char)('a' + (c - '\u24D0'))).ToString(),
        '\u24EA' => "0",
        >= '\u2776' and <= '\u2793' => (((c - '\u2776') % 10) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl", '\uFB05' => "st", '\uFB06' => "st",
        '\u2024' => ".", '\u2025' => "..", '\u2026' => "...", '\u2100' => "a/c", '\u2101' => "a/s", '\u2116' => "No",
        _ => null,
    };

    private static string? FoldAstral(int code) => code switch
    {
        // Mathematical alphanumeric symbols: 13 styles of 52 letters, then 5 styles of 10 digits.
        >= 0x1D400 and <= 0x1D6A3 => ((code - 0x1D400) % 52) is var k && k < 26 ? ((char)('A' + k)).ToString() : ((char)('a' + k - 26)).ToString(),
        >= 0x1D7CE and <= 0x1D7FF => ((char)('0' + ((code - 0x1D7CE) % 10))).ToString(),
        >= 0x1F100 and <= 0x1F10A => code == 0x1F100 ? "0." : (code - 0x1F101).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",",
        >= 0x1F110 and <= 0x1F129 => "(" + (char)('A' + (code - 0x1F110)) + ")",
        >= 0x1F130 and <= 0x1F149 => ((char)('A' + (code - 0x1F130))).ToString(),
        >= 0x1F150 and <= 0x1F169 => ((char)('A' + (code - 0x1F150))).ToString(),
        >= 0x1F170 and <= 0x1F189 => ((char)('A' + (code - 0x1F170))).ToString(),
        >= 0x1F1E6 and <= 0x1F1FF => ((char)('A' + (code - 0x1F1E6))).ToString(),
        >= 0x1FBF0 and <= 0x1FBF9 => ((char)('0' + (code - 0x1FBF0))).ToString(),
        _ => null,
    };
}
