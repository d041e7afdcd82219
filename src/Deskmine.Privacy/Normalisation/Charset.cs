using System.Text;

namespace Deskmine.Privacy.Normalisation;

/// <summary>One graphic character set of compound text, with the encoding that decodes its bytes.</summary>
internal sealed class Charset
{
    private readonly Encoding _encoding;
    private readonly bool _asciiLeft;

    private Charset(Encoding encoding, int width, bool asciiLeft = false)
    {
        _encoding = encoding;
        Width = width;
        _asciiLeft = asciiLeft;
    }

    public static Charset Ascii { get; } = new(Encoding.Latin1, 1, asciiLeft: true);

    public static Charset Latin1 { get; } = new(Encoding.Latin1, 1);

    /// <summary>Bytes per character: 1 or 2.</summary>
    public int Width { get; }

    /// <summary>A 94-character set (<c>ESC ( F</c>, <c>ESC ) F</c>).</summary>
    public static Charset Single94(byte final) => final switch
    {
        (byte)'I' => new Charset(CodePage(50222) ?? Encoding.Latin1, 1) { KatakanaHalfWidth = true },
        _ => Ascii,
    };

    /// <summary>A 96-character right half (<c>ESC - F</c>).</summary>
    public static Charset Single96(byte final) => final switch
    {
        (byte)'B' => Iso8859(2),
        (byte)'C' => Iso8859(3),
        (byte)'D' => Iso8859(4),
        (byte)'L' => Iso8859(5),
        (byte)'G' => Iso8859(6),
        (byte)'F' => Iso8859(7),
        (byte)'H' => Iso8859(8),
        (byte)'M' => Iso8859(9),
        (byte)'b' => Iso8859(15),
        _ => Latin1,
    };

    /// <summary>A 94×94 set (<c>ESC $ ( F</c>), decoded through its EUC form.</summary>
    public static Charset Double94(byte final) => final switch
    {
        (byte)'A' => new Charset(CodePage(936) ?? Encoding.Latin1, 2),
        (byte)'B' or (byte)'@' => new Charset(CodePage(20932) ?? CodePage(51932) ?? Encoding.Latin1, 2),
        (byte)'C' => new Charset(CodePage(51949) ?? CodePage(949) ?? Encoding.Latin1, 2),
        _ => new Charset(Encoding.Latin1, 2),
    };

    private bool KatakanaHalfWidth { get; init; }

    /// <summary>One byte (GL or GR) of a one-byte set.</summary>
    public char Single(byte b)
    {
        if (b < 0x80 && _asciiLeft)
            return (char)b;
        if (KatakanaHalfWidth)
            return (char)(0xFF61 + ((b & 0x7F) - 0x21));
        var high = (byte)(b | 0x80);
        return _encoding.GetString([high])[0];
    }

    /// <summary>One two-byte character given in EUC form (both bytes with the high bit set).</summary>
    public string Double(byte high, byte low) => _encoding.GetString([high, low]);

    private static Charset Iso8859(int part) => new(CodePage(28590 + part) ?? Encoding.Latin1, 1);

    private static Encoding? CodePage(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
