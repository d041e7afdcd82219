using System.Globalization;

namespace Deskmine.Analysis.Transfers;

/// <summary>
/// Names the simple transformation that turns a source value into the value that ended up in the destination:
/// whitespace trimmed, case changed, date reformatted, split into parts, parts joined with another separator,
/// concatenated with other text. Only possible where the capture policy keeps values.
/// </summary>
internal static class Transformations
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy",
        "yyyy/MM/dd", "yyyyMMdd", "dd/MM/yy", "d MMM yyyy", "dd MMM yyyy", "MMM d, yyyy", "d MMMM yyyy", "MMMM d, yyyy",
    ];

    // Separators a person splits on or joins with, most specific first. Action Logger writes the tabs and line
    // breaks of a copied spreadsheet range as the two characters \t and \n.
    private static readonly string[] Separators = ["\t", "\\t", "\r\n", "\n", "\\n", "; ", ";", ", ", ",", " - ", " / ", "-", "/", " "];

    /// <summary>What <see cref="Describe"/> says when no simple rule explains the change.</summary>
    public const string Edited = "edited";

    /// <summary>What <see cref="Describe"/> says when the destination holds the source and other text.</summary>
    public const string Concatenated = "concatenated with other text";

    /// <summary>
    /// The transformation from <paramref name="source"/> to <paramref name="destination"/>: <c>null</c> when they
    /// are equal, <c>"edited"</c> when they differ in a way none of the simple rules explains.
    /// </summary>
    public static string? Describe(string source, string destination)
    {
        if (string.Equals(source, destination, StringComparison.Ordinal))
            return null;
        var s = source.Trim();
        var d = destination.Trim();
        if (string.Equals(s, d, StringComparison.Ordinal) || string.Equals(Collapse(s), Collapse(d), StringComparison.Ordinal))
            return "whitespace trimmed";
        if (string.Equals(s, d, StringComparison.OrdinalIgnoreCase))
            return CaseChange(d);
        if (DateChange(s, d) is { } date)
            return date;
        if (SplitPart(s, d) is { } split)
            return split;
        if (Rejoined(s, d) is { } joined)
            return joined;
        if (s.Length > 0 && d.Contains(s, StringComparison.Ordinal))
            return Concatenated;
        if (Reordered(s, d))
            return "parts reordered";
        return Edited;
    }

    private static string CaseChange(string d) =>
        d == d.ToUpperInvariant() ? "case changed (upper)"
        : d == d.ToLowerInvariant() ? "case changed (lower)"
        : d == CultureInfo.InvariantCulture.TextInfo.ToTitleCase(d.ToLowerInvariant()) ? "case changed (title)"
        : "case changed";

    private static string? DateChange(string s, string d)
    {
        foreach (var from in DateFormats)
        {
            if (!DateOnly.TryParseExact(s, from, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a))
                continue;
            foreach (var to in DateFormats)
            {
                if (DateOnly.TryParseExact(d, to, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) && a == b)
                    return $"date reformatted ({from} → {to})";
            }
        }
        return null;
    }

    /// <summary>The destination is a run of the source's parts: "John Doe" → "John" is part 1 of 2.</summary>
    private static string? SplitPart(string s, string d)
    {
        foreach (var sep in Separators)
        {
            var parts = s.Split(sep);
            if (parts.Length < 2)
                continue;
            for (var from = 0; from < parts.Length; from++)
            {
                for (var to = from; to < parts.Length && (from > 0 || to < parts.Length - 1); to++)
                {
                    if (string.Equals(string.Join(sep, parts[from..(to + 1)]).Trim(), d, StringComparison.Ordinal))
                    {
                        var which = from == to ? $"part {from + 1}" : $"parts {from + 1}–{to + 1}";
                        return $"split on {Show(sep)} ({which} of {parts.Length})";
                    }
                }
            }
        }
        return null;
    }

    /// <summary>The same parts with another separator: a copied row (tabs) typed as "a, b, c".</summary>
    private static string? Rejoined(string s, string d)
    {
        foreach (var a in Separators)
        {
            var parts = s.Split(a).Select(p => p.Trim()).ToArray();
            if (parts.Length < 2)
                continue;
            foreach (var b in Separators)
            {
                if (a == b)
                    continue;
                var other = d.Split(b).Select(p => p.Trim()).ToArray();
                if (other.Length == parts.Length && other.SequenceEqual(parts, StringComparer.Ordinal))
                    return $"joined with {Show(b)}";
            }
        }
        return null;
    }

    private static bool Reordered(string s, string d)
    {
        static string[] Words(string t) =>
            [.. t.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
        var a = Words(s);
        return a.Length > 1 && a.SequenceEqual(Words(d), StringComparer.Ordinal);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Show(string sep) => sep switch
    {
        "\t" or "\\t" => "tab",
        "\n" or "\r\n" or "\\n" => "line break",
        " " => "space",
        _ => $"'{sep}'",
    };
}
