using System.Text.RegularExpressions;
using Deskmine.Analysis.Guides;
using Deskmine.Reporting.Guides;

namespace Deskmine.Reporting.Tests.Guides;

public sealed class GuideRenderingTests
{
    private const string Hostile = "<script>document.title='pwned'</script>";
    private static readonly DateTimeOffset At = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Html_escapes_every_recorded_text_and_injects_no_element()
    {
        var html = GuideHtml.Render(Guide(Hostile, "\"><img src=x onerror=alert(1)>"), At);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_is_self_contained_with_inline_style_and_nothing_loaded()
    {
        var html = GuideHtml.Render(Guide("Post invoice", "Invoice <num> – SAP"), At);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Empty(Regex.Matches(html, @"\s(src|href)\s*=", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("2026-03-04 08:00 UTC", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_shows_numbered_steps_placeholders_data_and_exceptions()
    {
        var html = GuideHtml.Render(Guide("Post invoice", "Invoice <num> – SAP"), At);

        Assert.Contains("Paste into &#39;IBAN&#39;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;IBAN&gt;", html, StringComparison.Ordinal);
        Assert.Contains("from Acrobat &#39;IBAN&#39; (12&#215;)", html, StringComparison.Ordinal);
        Assert.Contains("Step 2 left out", html, StringComparison.Ordinal);
        Assert.Contains("Invoice &lt;num&gt; – SAP", html, StringComparison.Ordinal);
        Assert.Contains("4.2s", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_lists_steps_in_a_table_and_shows_recorded_text_literally()
    {
        var md = GuideMarkdown.Render(Guide("Fill [form](https://evil.example) *now*", "Invoice <num> | SAP"));

        Assert.Contains("# Fill \\[form\\]\\(https://evil.example\\) \\*now\\*", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | `SAP` | `Invoice <num> \\| SAP` |", md, StringComparison.Ordinal);
        Assert.Contains("`<IBAN>`", md, StringComparison.Ordinal);
        Assert.Contains("## Exceptions", md, StringComparison.Ordinal);
        Assert.Contains("## Systems", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://", md, StringComparison.Ordinal);
    }

    private static TaskGuide Guide(string description, string screen)
    {
        var field = new GuideElement("textbox", "IBAN", "iban", null, null, "text");
        GuideStep[] steps =
        [
            new(1, "paste iban", "SAP", screen, null, field, GuideAction.Paste, "Paste into 'IBAN'", "<IBAN>",
                [new GuideDataFlow(GuideFlowDirection.In, "Acrobat", "IBAN", 12, null)], 12, 4_200_000),
            new(2, "post", "SAP", screen, null, new GuideElement("button", "Post", null, null, null, null), GuideAction.Click, description, null, [], 10, 1_000_000),
        ];
        return new TaskGuide("t1", description, new GuideSummary(12, 5, 3, 8, 60_000_000, 90_000_000), steps,
            [new GuideException(GuideExceptionKind.MissingStep, steps[1], 1, 2, 2 / 12.0)],
            [new GuideSystem("SAP", [screen], ["IBAN"], ["Post"], 22)]);
    }
}
