using System.Globalization;
using System.Text;
using Deskmine.Analysis.Guides;

namespace Deskmine.Reporting.Guides;

/// <summary>
/// Renders a <see cref="TaskGuide"/> as Markdown: summary, numbered steps, exceptions, systems. Every recorded text
/// is shown literally (code spans, escaped markup), so a window title cannot inject a link or an image.
/// </summary>
public static class GuideMarkdown
{
    /// <summary>The guide as one Markdown document.</summary>
    public static string Render(TaskGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var w = new StringBuilder();
        w.Append("# ").Append(Text(guide.Name)).Append("\n\n");
        w.Append("Task type ").Append(Code(guide.TaskTypeId)).Append(". ").Append(Text(GuideText.Summary(guide.Summary))).Append("\n\n");
        w.Append("## Steps\n\n| # | application | screen | element | action | data | median time |\n|---:|---|---|---|---|---|---:|\n");
        foreach (var s in guide.Steps)
        {
            var screen = s.Screen ?? s.Url;
            var action = s.Input is null ? Cell(s.Description) : Cell(s.Description) + ": " + Code(s.Input, true);
            w.Append(CultureInfo.InvariantCulture, $"| {s.Number} | {Code(s.Application, true)} | {Code(screen, true)} | {Cell(GuideText.Element(s.Element))} | {action} | ");
            w.Append(s.Data.Count == 0 ? "–" : string.Join("; ", s.Data.Select(d => Cell(GuideText.Flow(d)))));
            w.Append(" | ").Append(GuideText.Time(s.MedianHandlingMicros)).Append(" |\n");
        }
        if (guide.Exceptions.Count > 0)
        {
            w.Append("\n## Exceptions\n\n| exception | instances | share |\n|---|---:|---:|\n");
            foreach (var x in guide.Exceptions)
                w.Append(CultureInfo.InvariantCulture, $"| {Cell(GuideText.Exception(x))} | {x.Instances} | {GuideText.Share(x.Share)} |\n");
        }
        if (guide.Systems.Count > 0)
        {
            w.Append("\n## Systems\n");
            foreach (var sys in guide.Systems)
            {
                w.Append("\n### ").Append(Text(sys.Application)).Append("\n\n");
                w.Append(CultureInfo.InvariantCulture, $"- Steps: {sys.Steps}\n");
                List("Screens", sys.Screens);
                List("Fields", sys.Fields);
                List("Controls", sys.Controls);
            }
        }
        return w.ToString();

        void List(string label, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
                w.Append("- ").Append(label).Append(": ").Append(string.Join(", ", items.Select(i => Code(i)))).Append('\n');
        }
    }

    private static string Cell(string text) => Text(text);

    // Code spans show text literally; the fence is longer than any run of backticks inside.
    private static string Code(string? text, bool inTable = false)
    {
        if (string.IsNullOrEmpty(text))
            return "–";
        var t = text.Replace('\n', ' ').Replace('\r', ' ');
        if (inTable)
            t = t.Replace("|", "\\|", StringComparison.Ordinal);
        int longest = 0, run = 0;
        foreach (var c in t)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = t.StartsWith('`') || t.EndsWith('`') ? " " : "";
        return fence + pad + t + pad + fence;
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
