using System.Globalization;
using System.Text;
using Deskmine.Analysis.Walkthroughs;
using Deskmine.Reporting.Guides;

namespace Deskmine.Reporting.Walkthroughs;

/// <summary>
/// Renders a <see cref="WalkthroughGuide"/> as Markdown: one numbered section per step with its title, place, time,
/// placeholder, data moved and screenshot (linked beside the file; the HTML guide embeds them and marks the click).
/// Recorded text is escaped, so a window title cannot inject a link or an image.
/// </summary>
public static class WalkthroughMarkdown
{
    /// <summary>The guide as one Markdown document.</summary>
    /// <param name="guide">The guide.</param>
    /// <param name="page">Facts for the header.</param>
    /// <param name="imageLink">The link to a step's screenshot relative to the Markdown file, or <c>null</c> when it has none.</param>
    public static string Render(WalkthroughGuide guide, WalkthroughPage page, Func<WalkthroughStep, string?> imageLink)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(imageLink);
        var w = new StringBuilder();
        w.Append("# ").Append(Text(guide.Name)).Append("\n\n");
        w.Append(CultureInfo.InvariantCulture, $"{guide.Steps.Count} steps, handling time {GuideText.Time(guide.HandlingMicros)}, elapsed {GuideText.Time(guide.ElapsedMicros)}");
        foreach (var (label, value) in page.Facts)
            w.Append("; ").Append(Text(label.ToLowerInvariant())).Append(' ').Append(Text(value));
        w.Append(".\n");
        foreach (var s in guide.Steps)
        {
            w.Append(CultureInfo.InvariantCulture, $"\n## {s.Number}. ").Append(Text(s.Title)).Append("\n\n");
            var place = new[] { s.Detail.Application, s.Detail.Screen ?? s.Detail.Url }.OfType<string>().Select(Text).ToList();
            place.Add("time " + GuideText.Time(s.HandlingMicros));
            w.Append('*').Append(string.Join(" · ", place)).Append("*\n");
            if (s.Placeholder is { } placeholder)
                w.Append("\n- Enter: ").Append(Text(placeholder)).Append('\n');
            foreach (var d in s.Detail.Data)
                w.Append("\n- Data: ").Append(Text(GuideText.Flow(d))).Append('\n');
            if (imageLink(s) is { } link)
                w.Append("\n![Screenshot of step ").Append(s.Number.ToString(CultureInfo.InvariantCulture)).Append("](").Append(link).Append(")\n");
            else if (s.Shot?.Dropped is { } dropped)
                w.Append("\n*The screenshot was dropped (").Append(Text(dropped)).Append(").*\n");
        }
        return w.ToString();
    }

    private static string Text(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '(' or ')' or '{' or '}' or '~' or '&')
                sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return sb.ToString();
    }
}
