using Deskmine.Reporting.Tests.Support;

namespace Deskmine.Reporting.Tests;

public sealed class HtmlTaskTypesTests
{
    [Fact]
    public void Each_task_type_is_listed_with_its_figures_and_a_link_to_its_map_in_selector_order()
    {
        var invoices = Some.Map(activities: 8, cases: 300, seed: 1, names: ["Other (4 rare steps, 1.0 % of events)"]);
        var tickets = Some.Map(activities: 5, cases: 100, seed: 2);
        var model = Some.Model() with { TaskMaps = [new TaskMap("Enter <invoice> in SAP", invoices), new TaskMap("Triage tickets", tickets)] };

        var html = HtmlReport.Render(model);

        var start = html.IndexOf("<section id=\"task-types\">", StringComparison.Ordinal);
        Assert.True(start >= 0);
        Assert.True(start < html.IndexOf("<section id=\"map\">", StringComparison.Ordinal), "the task types come before the map");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("<a href=\"#map\" data-map=\"1\">Enter &lt;invoice&gt; in SAP</a>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#map\" data-map=\"2\">Triage tickets</a>", section, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{invoices.NumCases:N0}</td><td class=\"num\">75.0%</td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Other (", section, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\">Enter &lt;invoice&gt; in SAP</option><option value=\"2\">Triage tickets</option>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#task-types\">Task types</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_task_types_has_no_such_section() =>
        Assert.DoesNotContain("task-types", HtmlReport.Render(Some.Model()), StringComparison.Ordinal);
}
