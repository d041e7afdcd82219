using System.Text;

namespace Deskmine.Privacy.Normalisation;

/// <summary>
/// Decoder for X11 Compound Text (<c>COMPOUND_TEXT</c>, the ISO 2022 subset of the X Consortium's "Compound Text
/// Encoding" specification) as old toolkits store window titles in <c>WM_NAME</c>. Without it an e-mail written in a
/// two-byte set (<c>ESC $ ( B</c> = JIS X 0208, whose row 3 holds full-width Latin letters and digits) passes the
/// detectors as unreadable bytes.
/// </summary>
/// <remarks>
/// Understood: <c>ESC ( F</c> and <c>ESC ) F</c> (94-character sets; ASCII, JIS X 0201 Roman and katakana),
/// <c>ESC - F</c> (96-character right halves of ISO 8859-1, -2, -3, -4, -5, -6, -7, -8, -9, -15),
/// <c>ESC $ ( F</c>, <c>ESC $ ) F</c> and the short <c>ESC $ F</c> (GB 2312, JIS X 0208, KS C 5601, decoded through
/// their EUC forms), <c>ESC % G</c> … <c>ESC % @</c> (UTF-8) and extended segments <c>ESC % / n M L name STX</c>.
/// Direction controls (<c>CSI … ]</c>) are dropped. Unknown sets decode as Latin-1, so no byte is silently lost.
/// </remarks>
public static class CompoundText
{
    private const byte Esc = 0x1B;

    /// <summary>Decodes compound text bytes to a string.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var output = new StringBuilder(bytes.Length);
        var gl = Charset.Ascii;
        var gr = Charset.Latin1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == Esc)
            {
                i = Escape(bytes, i, output, ref gl, ref gr);
                continue;
            }
            if (b == 0x9B)
            {
                // CSI direction sequence: parameters up to the final byte ']'.
                var end = bytes[i..].IndexOf((byte)']');
                i = end < 0 ? bytes.Length : i + end + 1;
                continue;
            }
            var set = b >= 0x80 ? gr : gl;
            if (b is < 0x21 or (>= 0x80 and < 0xA1) or 0x7F or 0xFF || set.Width == 1)
            {
                output.Append(b < 0x21 || b == 0x7F || (b >= 0x80 && b < 0xA0) ? (char)b : set.Single(b));
                i++;
                continue;
            }
            var high = (byte)(b | 0x80);
            var low = i + 1 < bytes.Length ? (byte)(bytes[i + 1] | 0x80) : (byte)0xA1;
            output.Append(set.Double(high, low));
            i += 2;
        }
        return output.ToString();
    }

    /// <summary>Whether <paramref name="text"/> looks like compound text read as Latin-1 characters: it holds an
    /// escape sequence and every character fits in a byte.</summary>
    internal static bool LooksEncoded(string text) =>
        text.Contains('\u001b', StringComparison.Ordinal) && text.All(c => c <= '\u00ff');

    /// <summary>Decodes a string whose characters are the bytes of compound text.</summary>
    internal static string DecodeChars(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
            bytes[i] = (byte)text[i];
        return Decode(bytes);
    }

    private static int Escape(ReadOnlySpan<byte> bytes, int i, StringBuilder output, ref Charset gl, ref Charset gr)
    {
        var one = At(bytes, i + 1);
        var two = At(bytes, i + 2);
        var three = At(bytes, i + 3);
        switch ((char)one)
        {
            case '(':
                gl = Charset.Single94(two);
                return i + 3;
            case ')':
                gr = Charset.Single94(two);
                return i + 3;
            case '-':
                gr = Charset.Single96(two);
                return i + 3;
            case '$' when two is (byte)'(' or (byte)')':
                if (two == '(')
                    gl = Charset.Double94(three);
                else
                    gr = Charset.Double94(three);
                return i + 4;
            case '$':
                gl = Charset.Double94(two);
                return i + 3;
            case '%' when two == 'G':
                return Utf8Segment(bytes, i + 3, output);
            case '%' when two == '/':
                return ExtendedSegment(bytes, i, output);
            default:
                // An unknown or truncated escape: keep the bytes visible rather than lose them.
                output.Append('\u001b');
                return i + 1;
        }
    }

    private static byte At(ReadOnlySpan<byte> bytes, int index) => index < bytes.Length ? bytes[index] : (byte)0;

    private static int Utf8Segment(ReadOnlySpan<byte> bytes, int start, StringBuilder output)
    {
        var rest = bytes[start..];
        var end = rest.IndexOf([Esc, (byte)'%', (byte)'@']);
        var segment = end < 0 ? rest : rest[..end];
        output.Append(Encoding.UTF8.GetString(segment));
        return end < 0 ? bytes.Length : start + end + 3;
    }

    // ESC % / n M L name STX data: M, L give the length (beyond the escape) in base 128.
    private static int ExtendedSegment(ReadOnlySpan<byte> bytes, int i, StringBuilder output)
    {
        if (i + 6 > bytes.Length)
            return bytes.Length;
        var length = ((bytes[i + 4] & 0x7F) * 128) + (bytes[i + 5] & 0x7F);
        var body = bytes.Slice(i + 6, Math.Min(length, bytes.Length - i - 6));
        var stx = body.IndexOf((byte)0x02);
        var name = stx < 0 ? "" : Encoding.ASCII.GetString(body[..stx]).ToUpperInvariant();
        var data = stx < 0 ? body : body[(stx + 1)..];
        var encoding = name.StartsWith("UTF-8", StringComparison.Ordinal) ? Encoding.UTF8 : Encoding.Latin1;
        output.Append(encoding.GetString(data));
        return i + 6 + body.Length;
    }
}
