using System.Text;

namespace Deskmine.Analysis.Automation;

/// <summary>Recorded text made literal in generated Markdown.</summary>
internal static class Markdown
{
    /// <summary>A code span showing <paramref name="text"/> literally; in a table cell its pipes are escaped.</summary>
    public static string Code(string? text, bool inTable = false)
    {
        if (string.IsNullOrEmpty(text))
            return "–";
        var t = text.Replace('\n', ' ').Replace('\r', ' ');
        if (inTable)
            t = t.Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in t)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = t.StartsWith('`') || t.EndsWith('`') || t.StartsWith(' ') || t.EndsWith(' ') ? " " : "";
        return fence + pad + t + pad + fence;
    }

    /// <summary>Plain text with Markdown's inline markup characters escaped.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '(' or ')' or '{' or '}' or '~')
                sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return sb.ToString();
    }
}
