using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Deskmine.Reporting.Tests.Support;

namespace Deskmine.Reporting.Tests;

/// <summary>The process model drawn below the map: discovered by the report builder, written with bpmn-js inlined.</summary>
public sealed partial class ProcessModelSectionTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    [Fact]
    public void Report_builder_discovers_a_BPMN_model_whose_tasks_are_activities_of_the_map()
    {
        var report = ReportBuilder.Build(Some.InvoiceLog(), Options());

        var model = Assert.IsType<ReportProcessModel>(report.ProcessModel);
        var tasks = XDocument.Parse(model.Bpmn).Descendants(Bpmn + "task").Select(t => (string)t.Attribute("name")!).ToList();
        Assert.Subset(report.Map.Activities.Select(a => a.Name).ToHashSet(), tasks.ToHashSet());
        Assert.Superset(new HashSet<string> { "Open invoice", "Check invoice", "Look up order", "Approve payment", "Reject invoice", "Archive" }, tasks.ToHashSet());
        Assert.Contains("+( ", model.Tree, StringComparison.Ordinal); // check and look-up in either order: parallel
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", model.Bpmn, StringComparison.Ordinal);
        Assert.Contains("Diagram", model.Bpmn, StringComparison.Ordinal);
        Assert.Equal(0.2, model.Noise);
    }

    [Fact]
    public void Noise_zero_keeps_the_rare_activity_and_no_noise_option_draws_no_model()
    {
        var strict = ReportBuilder.Build(Some.InvoiceLog(), Options() with { ModelNoise = 0 });
        var none = ReportBuilder.Build(Some.InvoiceLog(), Options() with { ModelNoise = null });

        Assert.Contains("'Call supplier'", strict.ProcessModel!.Tree, StringComparison.Ordinal);
        Assert.Equal(strict.Map.Activities.Count, XDocument.Parse(strict.ProcessModel.Bpmn).Descendants(Bpmn + "task").Count());
        Assert.Null(none.ProcessModel);
        Assert.DoesNotContain("id=\"bpmn-js\"", HtmlReport.Render(none), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportBuilder.Build(Some.InvoiceLog(), Options() with { ModelNoise = 1.5 }));
    }

    [Fact]
    public void Report_with_a_model_carries_the_BPMN_as_json_and_inlines_bpmn_js_and_its_style()
    {
        var report = ReportBuilder.Build(Some.InvoiceLog(odd: "Pay </script><b>now</b> & <!-- later"), Options());

        var html = HtmlReport.Render(report);

        Assert.Contains("<section id=\"model\"><h2>Process model <span id=\"model-name\" class=\"model-name\">— All work</span></h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#model\">Process model</a>", html, StringComparison.Ordinal);
        Assert.Contains("/*! bpmn-js - bpmn-navigated-viewer v18.31.1", html, StringComparison.Ordinal);
        Assert.Contains(".djs-container", html, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(Block(html, "deskmine-bpmn"));
        var all = data.RootElement.GetProperty("models")[0];
        Assert.Equal(report.ProcessModel!.Bpmn, all.GetProperty("bpmn").GetString());
        Assert.Equal(report.ProcessModel.Tree, all.GetProperty("tree").GetString());
        Assert.Equal("All work", all.GetProperty("name").GetString());
        Assert.DoesNotContain("<b>now", html, StringComparison.Ordinal);
        // Every script element ends where it should: data, Viz.js, map script, BPMN data, bpmn-js, model script.
        Assert.Equal(6, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(6, Regex.Matches(html, "</script>", RegexOptions.IgnoreCase).Count);
    }

    [Fact]
    public void Each_task_type_map_gets_its_own_model_in_the_selector_order()
    {
        var report = ReportBuilder.Build(Some.InvoiceLog(taskTypes: true), Options() with { TaskTypeAttribute = "task", MinTaskTypeCases = 10 });

        var html = HtmlReport.Render(report);

        Assert.Equal(["Approve", "Check"], report.TaskMaps.Select(t => t.Name).Order(StringComparer.Ordinal));
        using var data = JsonDocument.Parse(Block(html, "deskmine-bpmn"));
        var models = data.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(["All work", .. report.TaskMaps.Select(t => t.Name)], models.Select(m => m.GetProperty("name").GetString()!));
        foreach (var (task, model) in report.TaskMaps.Zip(models.Skip(1)))
        {
            var tasks = XDocument.Parse(model.GetProperty("bpmn").GetString()!).Descendants(Bpmn + "task").Select(t => (string)t.Attribute("name")!);
            Assert.Equal(task.Map.Activities.Select(a => a.Name).Order(StringComparer.Ordinal), tasks.Order(StringComparer.Ordinal));
            Assert.Equal(task.ProcessModel!.Tree, model.GetProperty("tree").GetString());
        }
    }

    [Fact]
    public void Report_with_a_model_loads_nothing_from_the_network_and_links_only_the_bpmn_io_watermark()
    {
        var html = HtmlReport.Render(ReportBuilder.Build(Some.InvoiceLog(), Options()));

        var urls = ResourceAttribute().Matches(html).Select(m => m.Groups["url"].Value).Where(u => Regex.IsMatch(u, "^(?i)(https?:)?//")).Distinct().ToList();

        // bpmn-js's licence requires its watermark, links to bpmn.io (http and https); a link is followed only when clicked.
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Matches("^https?://bpmn\\.io$", url));
        Assert.Empty(Regex.Matches(html, """\bsrc\s*=\s*["']?(https?:)?//""", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Inlined_bpmn_js_has_no_sequence_that_would_end_or_confuse_its_script_element()
    {
        Assert.StartsWith("/*! bpmn-js - bpmn-navigated-viewer v18.31.1", ReportAssets.BpmnViewer, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)<!--|</?script", ReportAssets.BpmnViewer);
        Assert.Equal("""/^\x3C!--(.*?)-->$/s; "\x3C/script>"; '\x3CSCRIPT'""", ReportAssets.EscapeForScriptElement("""/^<!--(.*?)-->$/s; "</script>"; '<SCRIPT'"""));
    }

    private static ReportBuilderOptions Options() => new() { Title = "Invoices", GeneratedAt = Some.GeneratedAt };

    private static string Block(string html, string id)
    {
        var open = $"<script type=\"application/json\" id=\"{id}\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("""\b(?:src|href|action|poster|data)\s*=\s*["']?(?<url>[^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceAttribute();
}
