using System.Text;

namespace Deskmine.Storage.Formats;

/// <summary>
/// The text encoding of a CSV log and what to do with bytes it cannot decode: <c>utf-8</c> (default),
/// <c>latin-1</c>, <c>windows-1252</c> or any other name .NET knows, optionally followed by <c>:replace</c>.
/// Without <c>:replace</c> an undecodable byte is an error naming its line and column; with it the byte becomes
/// U+FFFD, as the user asked. XES files name their encoding in the XML declaration and ignore this.
/// </summary>
public sealed record InputEncoding
{
    private const string ReplaceSuffix = ":replace";

    static InputEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private InputEncoding(Encoding encoding, string name, bool replace)
    {
        Encoding = encoding;
        Name = name;
        Replace = replace;
    }

    /// <summary>Strict UTF-8, the default.</summary>
    public static InputEncoding Utf8 { get; } = new(new UTF8Encoding(false), "utf-8", replace: false);

    /// <summary>The .NET encoding (its fallbacks are set by the reader).</summary>
    public Encoding Encoding { get; }

    /// <summary>The name as given, e.g. <c>windows-1252</c>.</summary>
    public string Name { get; }

    /// <summary>Whether undecodable bytes become U+FFFD instead of an error.</summary>
    public bool Replace { get; }

    /// <summary>Parses <c>NAME[:replace]</c>; <c>latin-1</c> and <c>latin1</c> mean ISO-8859-1.</summary>
    /// <exception cref="ArgumentException">The name is not an encoding .NET knows.</exception>
    public static InputEncoding Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var spec = text.Trim();
        var replace = spec.EndsWith(ReplaceSuffix, StringComparison.OrdinalIgnoreCase);
        var name = replace ? spec[..^ReplaceSuffix.Length] : spec;
        var canonical = name.ToLowerInvariant() switch
        {
            "latin-1" or "latin1" => "iso-8859-1",
            "utf8" => "utf-8",
            "cp1252" => "windows-1252",
            var other => other,
        };
        try
        {
            return new InputEncoding(Encoding.GetEncoding(canonical), name, replace);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"unknown encoding '{name}'; expected utf-8, latin-1, windows-1252 or another standard name, optionally with ':replace'.", nameof(text), e);
        }
    }

    /// <summary>The name with <c>:replace</c> when set.</summary>
    public override string ToString() => Replace ? Name + ReplaceSuffix : Name;
}
