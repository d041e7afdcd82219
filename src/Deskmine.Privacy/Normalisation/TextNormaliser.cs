using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Normalisation;

/// <summary>
/// Brings text into the one form the detectors read, so that an evasion of the written form does not hide
/// what is written: X11 compound text decoded, percent-encoding and numeric HTML character references decoded
/// (repeatedly, so double encoding does not help), format characters (zero-width spaces and joiners, soft
/// hyphens, bidi marks, byte-order marks) removed, control characters and every kind of space made a plain space,
/// decimal digits of any script made ASCII digits, the compatibility mappings of Unicode NFKC (full-width and small
/// forms, mathematical letters and digits, ligatures, super- and subscripts, circled digits; see
/// <see cref="CompatibilityFold"/>), canonical composition, and combining marks hung on ASCII characters dropped. The filter stores the normalised text:
/// what is kept is exactly what was checked.
/// </summary>
/// <remarks>Normalising twice gives the same text as normalising once.</remarks>
public static partial class TextNormaliser
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A step can expose work for an earlier one (NFKC turns a full-width '％' into '%'), so repeat until stable.
        for (var round = 0; round < MaxRounds && !IsPlain(text); round++)
        {
            var next = Once(text);
            if (next == text)
                break;
            text = next;
        }
        return text;
    }

    private const int MaxRounds = 8;

    private static string Once(string text)
    {
        if (CompoundText.LooksEncoded(text))
            text = CompoundText.DecodeChars(text);
        text = DecodeEscapes(text);
        text = MapCharacters(text);
        if (CompatibilityFold.Applies(text))
            text = CompatibilityFold.Apply(text);
        text = Compose(text);
        return DropMarksOnAscii(MapCharacters(text));
    }

    // Printable ASCII without '%' and '&' needs none of the steps: the common case costs one scan.
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '%' or '&')
                return false;
        }
        return true;
    }

    // Canonical composition (NFC) where the runtime offers it; in globalisation-invariant mode it may not, and then
    // the combining marks on ASCII letters are dropped below instead, which detection tolerates as well.
    private static string Compose(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (PlatformNotSupportedException)
        {
            return text;
        }
    }

    private static string DecodeEscapes(string text)
    {
        // Each round removes at least two characters, so this ends; double encoding (%2540) needs a second round.
        while (true)
        {
            var decoded = text;
            if (decoded.Contains('%', StringComparison.Ordinal))
                decoded = PercentDecode(decoded);
            if (decoded.Contains("&#", StringComparison.Ordinal))
                decoded = CharacterReference().Replace(decoded, ReferenceValue);
            if (decoded == text)
                return text;
            text = decoded;
        }
    }

    // Runs of %XX are decoded as UTF-8 when they are valid UTF-8 and left as they are otherwise.
    private static string PercentDecode(string text)
    {
        var builder = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsEscape(text, i))
            {
                builder.Append(text[i++]);
                continue;
            }
            bytes.Clear();
            while (IsEscape(text, i))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) * 16) + HexValue(text[i + 2])));
                i += 3;
            }
            try
            {
                builder.Append(Strict.GetString([.. bytes]));
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: read the bytes as Latin-1 so no hidden character survives encoded.
                builder.Append(Encoding.Latin1.GetString([.. bytes]));
            }
        }
        return builder.ToString();
    }

    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    private static bool IsEscape(string text, int i) =>
        i + 2 < text.Length && text[i] == '%' && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string ReferenceValue(Match m)
    {
        var hex = m.Groups["hex"].Success;
        var digits = hex ? m.Groups["hex"].Value : m.Groups["dec"].Value;
        if (!int.TryParse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || code is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            return m.Value;
        return char.ConvertFromUtf32(code);
    }

    private static string MapCharacters(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = Map(c);
            if (mapped == c && builder is null)
                continue;
            builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            if (mapped != '\0')
                builder.Append(mapped);
        }
        return builder?.ToString() ?? text;
    }

    // '\0' means "remove". Surrogates pass unchanged (their category is not that of the code point); NFKC maps
    // the astral digits and letters (mathematical alphanumerics) to ASCII.
    private static char Map(char c)
    {
        if (c is >= ' ' and <= '~')
            return c;
        if (c is '\t' or '\n' or '\r')
            return ' ';
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format:
                return '\0';
            case UnicodeCategory.Control:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return c == '\0' ? '\0' : ' ';
            case UnicodeCategory.DecimalDigitNumber:
                var value = CharUnicodeInfo.GetDecimalDigitValue(c);
                return value is >= 0 and <= 9 ? (char)('0' + value) : c;
            default:
                // Hangul fillers and the Mongolian vowel separator are invisible but not category Cf.
                return c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u180E' or '\u034F' ? '\0' : c;
        }
    }

    // A combining mark after an ASCII letter or digit composes with nothing (NFKC already composed what it could):
    // it only breaks up a number or an address.
    private static string DropMarksOnAscii(string text)
    {
        StringBuilder? builder = null;
        var previousAscii = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var mark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
            if (mark && previousAscii)
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }
            builder?.Append(c);
            if (!mark)
                previousAscii = c < '\u0080';
        }
        return builder?.ToString() ?? text;
    }

    [GeneratedRegex(@"&#(?:[xX](?<hex>[0-9A-Fa-f]{1,6})|(?<dec>\d{1,7}));?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex CharacterReference();
}
