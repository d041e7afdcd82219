namespace Deskmine.Privacy.Detection;

/// <summary>The placeholders the filter itself writes. Only these count as "already redacted": a value merely
/// wrapped in angle brackets (<c>password=&lt;hunter2&gt;</c>) is still a value.</summary>
internal static class Placeholders
{
    /// <summary>Replaces a whole field that would not settle (see the filter); itself a fixed point.</summary>
    public const string Redacted = "<redacted>";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "<email>", "<card>", "<iban>", "<id>", "<ip>", "<phone>", "<secret>", "<name>", "<num>", "<date>", "<time>", "<v>",
        Redacted,
    };

    /// <summary>Whether <paramref name="text"/> is exactly one of the filter's placeholders.</summary>
    public static bool IsKnown(ReadOnlySpan<char> text) =>
        text.Length is >= 3 and <= 10 && text[0] == '<' && text[^1] == '>' && Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
}
