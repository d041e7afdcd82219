using Deskmine.Reporting.Accuracy;
using Deskmine.Reporting.Tests.Support;

namespace Deskmine.Reporting.Tests.Accuracy;

public sealed class AccuracySectionTests
{
    private static readonly AccuracySection Panel = new()
    {
        TruthSource = "the simulator's <truth> table",
        Counts = [new AccuracyCount("Task types", 7, 5), new AccuracyCount("Task instances", 1234, 1100)],
        Scores =
        [
            new AccuracyScore("boundary F1", 0.9312, "How well the stream was cut."),
            new AccuracyScore("mean edit distance", 0.181, "Distance to the true instance.", LowerIsBetter: true),
        ],
        TypeMatches = [new TypeMatch("Enter invoice in <SAP>", 40, "Invoice processing", 0.97), new TypeMatch("Browse", 3, null, 0.6)],
        Command = "deskmine eval -w workspace",
    };

    [Fact]
    public void The_panel_shows_found_beside_true_the_scores_and_the_true_type_of_each_found_type()
    {
        var html = HtmlReport.Render(Some.Model() with { Accuracy = Panel });

        var section = Section(html);
        Assert.Contains("<td class=\"name\">Task types</td><td class=\"num\">7</td><td class=\"num\">5</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1,234</td><td class=\"num\">1,100</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"name\">boundary F1</td><td class=\"num\">0.931</td><td class=\"num\">1</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"name\">mean edit distance</td><td class=\"num\">0.181</td><td class=\"num\">0</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>Invoice processing</td><td class=\"num\">97 %</td>", section, StringComparison.Ordinal);
        Assert.Contains("no task (noise)", section, StringComparison.Ordinal);
        Assert.Contains("<code>deskmine eval -w workspace</code>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#accuracy\">Accuracy</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_and_the_truth_source_are_escaped()
    {
        var section = Section(HtmlReport.Render(Some.Model() with { Accuracy = Panel }));

        Assert.Contains("Enter invoice in &lt;SAP&gt;", section, StringComparison.Ordinal);
        Assert.Contains("the simulator&#39;s &lt;truth&gt; table", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<SAP>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_panel_the_report_says_nothing_of_accuracy()
    {
        var html = HtmlReport.Render(Some.Model());

        Assert.DoesNotContain("id=\"accuracy\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#accuracy", html, StringComparison.Ordinal);
    }

    private static string Section(string html)
    {
        var start = html.IndexOf("<section id=\"accuracy\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the report has an accuracy section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
