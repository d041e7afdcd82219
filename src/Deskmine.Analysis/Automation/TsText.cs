using System.Globalization;
using System.Text;

namespace Deskmine.Analysis.Automation;

/// <summary>Text made safe for generated TypeScript: string literals, comments, identifiers, regular expressions.</summary>
internal static class TsText
{
    /// <summary>A single-quoted string literal holding exactly <paramref name="text"/>.</summary>
    public static string Literal(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>Text for a <c>//</c> or <c>/** */</c> comment: one line, no comment terminator.</summary>
    public static string Comment(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        return sb.ToString().Replace("*/", "* /", StringComparison.Ordinal).Trim();
    }

    /// <summary>A lower camel-case identifier from the words and digits of <paramref name="text"/> (<c>q3_name[first]</c> → <c>q3NameFirst</c>).</summary>
    public static string Identifier(string text, string fallback)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAsciiLetterUpper(c) && current.Length > 0 && char.IsAsciiLetterLower(current[^1]))
                    Flush();
                current.Append(c);
            }
            else
                Flush();
        }
        Flush();
        if (words.Count == 0)
            return fallback;
        var id = new StringBuilder(words[0].ToLowerInvariant());
        foreach (var w in words.Skip(1))
            id.Append(char.ToUpperInvariant(w[0])).Append(w[1..].ToLowerInvariant());
        if (char.IsAsciiDigit(id[0]))
            id.Insert(0, fallback);
        return id.Length > 40 ? id.ToString(0, 40) : id.ToString();

        void Flush()
        {
            if (current.Length > 0)
                words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>A JavaScript regular-expression source matching <paramref name="text"/> literally.</summary>
    public static string RegexEscape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (@"\^$.*+?()[]{}|/-".Contains(c, StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
