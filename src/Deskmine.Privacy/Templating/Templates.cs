using System.Text;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Templating;

/// <summary>
/// Turns window titles and URLs into templates by replacing their variable parts, so that
/// <c>Invoice 4711 – SAP</c> and <c>Invoice 4712 – SAP</c> become the same activity
/// (<c>Invoice &lt;num&gt; – SAP</c>) and the number itself is not kept.
/// </summary>
/// <remarks>
/// Titles: uuids and hex ids → <c>&lt;id&gt;</c>; dates (<c>2024-03-01</c>, <c>01.03.2024</c>, <c>3/1/24</c>) →
/// <c>&lt;date&gt;</c>; clock times → <c>&lt;time&gt;</c>; letter-and-digit codes with at least four digits
/// (<c>INV-2024-0042</c>, <c>SO12345</c>) → <c>&lt;id&gt;</c>; other numbers → <c>&lt;num&gt;</c>. Digits glued to
/// letters with fewer than four digits (<c>Q3</c>, <c>Office365</c>) stay. URLs: scheme and host stay (user
/// info is dropped), path segments that are numbers, uuids, hex ids, carry four or more digits or look like opaque tokens become
/// <c>&lt;id&gt;</c>, every query value becomes <c>&lt;v&gt;</c> (keys stay), and the fragment is treated like a path.
/// Placeholders (<c>&lt;…&gt;</c>) are left as they are, so templating twice changes nothing.
/// </remarks>
public static partial class Templates
{
    /// <summary>Template of a window title (or any free text).</summary>
    public static string Title(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        // Every variable part this method replaces contains a digit.
        if (!title.Any(char.IsAsciiDigit))
            return title;
        var text = Uuid().Replace(title, "<id>");
        text = IsoDate().Replace(text, "<date>");
        text = NumericDate().Replace(text, "<date>");
        text = ClockTime().Replace(text, "<time>");
        text = HexId().Replace(text, "<id>");
        text = Code().Replace(text, m => Digits(m.ValueSpan) >= 4 ? "<id>" : m.Value);
        return Number().Replace(text, "<num>");
    }

    /// <summary>Template of a URL. Text that is not an absolute URL is templated as a title.</summary>
    public static string Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var m = UrlParts().Match(url);
        if (!m.Success)
            return Title(url);
        var authority = m.Groups["authority"].Value;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
            authority = authority[(at + 1)..];
        var builder = new StringBuilder(url.Length);
        builder.Append(m.Groups["scheme"].Value.ToLowerInvariant()).Append("://").Append(authority.ToLowerInvariant());
        builder.Append(Path(m.Groups["path"].Value));
        if (m.Groups["query"].Success)
            builder.Append('?').Append(Query(m.Groups["query"].Value));
        if (m.Groups["fragment"].Success)
        {
            var fragment = m.Groups["fragment"].Value;
            var q = fragment.IndexOf('?', StringComparison.Ordinal);
            builder.Append('#').Append(Path(q < 0 ? fragment : fragment[..q]));
            if (q >= 0)
                builder.Append('?').Append(Query(fragment[(q + 1)..]));
        }
        return builder.ToString();
    }

    private static string Path(string path) =>
        string.Join('/', path.Split('/').Select(Segment));

    private static string Segment(string segment)
    {
        if (segment.Length == 0 || IsPlaceholder(segment))
            return segment;
        if (Digits(segment) >= 4 || PathNumber().IsMatch(segment) || Uuid().IsMatch(segment) || HexId().IsMatch(segment)
            || IsToken(segment))
            return "<id>";
        return Title(segment);
    }

    // Long opaque segments (message ids, base64 tokens) vary per record: a digit, or mixed case without
    // word separators, marks them.
    private static bool IsToken(string segment) =>
        segment.Length >= 20
        && (segment.Any(char.IsAsciiDigit)
            || (segment.Any(char.IsAsciiLetterUpper) && segment.Any(char.IsAsciiLetterLower) && !segment.Any(c => c is '-' or '_' or '.' or '%' or ' ')));

    private static string Query(string query) =>
        string.Join('&', query.Split('&').Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
                return pair.Length == 0 ? pair : Title(pair);
            var value = pair[(eq + 1)..];
            return value.Length == 0 || IsPlaceholder(value) ? pair : pair[..(eq + 1)] + "<v>";
        }));

    private static bool IsPlaceholder(string text) => PlaceholderOnly().IsMatch(text);

    private static int Digits(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
                n++;
        }
        return n;
    }

    [GeneratedRegex(@"^<[a-z_]+>$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderOnly();

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://(?<authority>[^/?#]*)(?<path>[^?#]*)(?:\?(?<query>[^#]*))?(?:#(?<fragment>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline, RegexLimits.MatchTimeoutMs)]
    private static partial Regex UrlParts();

    [GeneratedRegex(@"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Uuid();

    [GeneratedRegex(@"(?<![\w<])\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?(?![\w>])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\w<./])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\w>/]|\.\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\w<:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm]\b)?(?![\w>:])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\w<])(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{8,}(?![\w>])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex HexId();

    [GeneratedRegex(@"(?<![\w<\-])(?=[\w\-#]*\d)(?=[\w\-#]*[A-Za-z])[A-Za-z0-9_]+(?:[\-#][A-Za-z0-9_]+)*(?![\w>])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\w<])\d+(?:[.,]\d+)*(?![\w>])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex PathNumber();
}
