using System.Text.RegularExpressions;

namespace Deskmine.Analysis.Guides;

/// <summary>
/// The one value a guide shows for something recorded many times: the value every occurrence shares, else the
/// shared template when the values differ only in their digits (<c>A2</c>, <c>A7</c> → <c>A&lt;n&gt;</c>), else the
/// most common value.
/// </summary>
internal static partial class CommonText
{
    /// <summary>The shared value of <paramref name="values"/> (empty and <c>null</c> ones ignored), or <c>null</c>.</summary>
    public static string? Of(IEnumerable<string?> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            var text = Clean(v);
            if (text is not null)
                counts[text] = counts.GetValueOrDefault(text) + 1;
        }
        if (counts.Count == 0)
            return null;
        if (counts.Count == 1)
            return counts.Keys.First();
        var templates = counts.Keys.Select(k => Digits().Replace(k, "<n>")).Distinct(StringComparer.Ordinal).ToArray();
        if (templates.Length == 1)
            return templates[0];
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Whitespace collapsed to single spaces and trimmed; <c>null</c> when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        // Some recorders (Action Logger) write a label's line breaks as the two characters \n.
        var clean = Spaces().Replace(Escapes().Replace(text, " "), " ").Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>True when the text is a template (holds a <c>&lt;…&gt;</c> placeholder), so it names no single element.</summary>
    public static bool IsTemplate(string? text) => text is not null && Placeholder().IsMatch(text);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<=^|\s)\\[nrt]|\\[nrt](?=\s|$)")]
    private static partial Regex Escapes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<[^<>\s]+>")]
    private static partial Regex Placeholder();
}
