using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Deskmine.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Deskmine.Reporting.Tests.Browser;

/// <summary>
/// End to end: the written file opened from disk in a real browser lays out and draws the map offline.
/// Artifacts (report and screenshot) are kept under the test output folder for a person to look at.
/// </summary>
public sealed class ReportInBrowserTests(ITestOutputHelper output)
{
    private const string SkipReason = "Chromium is not installed at /usr/bin/chromium (scripts/ensure-test-deps.sh installs it).";

    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    [SkippableFact]
    public void Map_of_30_activities_and_about_80_paths_renders_as_svg_with_every_label()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var map = Some.Map(activities: 30, cases: 400);
        Assert.InRange(map.Edges.Count, 60, 110);
        var file = WriteReport("map-30.html", Some.Model(map), HtmlReportOptions.Default with { InitialPathsPercent = 100 });

        var dom = Chromium.DumpDom(file);

        Assert.Contains("<svg", dom, StringComparison.Ordinal);
        var texts = SvgTexts(dom);
        Assert.All(map.Activities, a => Assert.Contains(a.Name, texts));
        Assert.Contains("Start", texts);
        Assert.Contains("End", texts);
        var layoutMs = Attribute(dom, "data-layout-ms");
        var initMs = Attribute(dom, "data-init-ms");
        Assert.Equal("16.1.0", Attribute(dom, "data-graphviz"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{map.Activities.Count} activities, {map.Edges.Count} paths: wasm start {initMs} ms, layout and SVG {layoutMs} ms"));
    }

    [SkippableFact]
    public void Hostile_activity_names_render_as_text_and_inject_no_element()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        string[] names = ["<script>document.title='pwned'</script>", "<img src=x onerror=\"document.title='pwned'\">", "Back\\slash \"quote\" \\N"];
        var map = Some.Map(activities: 6, cases: 60, names: names);
        var file = WriteReport("hostile.html", Some.Model(map, title: "Hostile names"));

        var dom = Chromium.DumpDom(file);

        Assert.Contains("<svg", dom, StringComparison.Ordinal);
        Assert.Contains("<title>Hostile names</title>", dom, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(dom, "<script", RegexOptions.IgnoreCase).Count);
        // Viz.js itself mentions <IMG> in its HTML-label parser, so look outside the script elements.
        var page = Regex.Replace(dom, "<script[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline | RegexOptions.IgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pwned", Regex.Match(dom, "<title>[^<]*</title>").Value, StringComparison.Ordinal);
        // Long names are wrapped over several text lines; joined they read as the name again.
        var text = string.Join(' ', SvgTexts(dom));
        Assert.All(names, n => Assert.Contains(n, text, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Sliders_at_their_low_end_keep_every_shown_activity_between_start_and_end()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var map = Some.Map(activities: 30, cases: 400);
        var options = HtmlReportOptions.Default with { InitialActivitiesPercent = 20, InitialPathsPercent = 0 };
        var file = WriteReport("sliders-low.html", Some.Model(map), options);

        var dom = Chromium.DumpDom(file);

        Assert.Equal("6", Attribute(dom, "data-nodes"));
        var texts = SvgTexts(dom);
        Assert.All(map.Activities.Take(6), a => Assert.Contains(a.Name, texts));
        Assert.All(map.Activities.Skip(6), a => Assert.DoesNotContain(a.Name, texts));
        // Graphviz titles each edge "from->to"; a0…a5 are the kept activities, s and e the start and end.
        var edges = Regex.Matches(dom, "<title>(?<from>\\w+)(?:-|&#45;)&gt;(?<to>\\w+)</title>")
            .Select(m => (From: m.Groups["from"].Value, To: m.Groups["to"].Value))
            .ToList();
        Assert.Equal(int.Parse(Attribute(dom, "data-edges"), CultureInfo.InvariantCulture), edges.Count);
        var fromStart = Reachable("s", edges, reverse: false);
        var toEnd = Reachable("e", edges, reverse: true);
        Assert.All(Enumerable.Range(0, 6).Select(i => $"a{i}"), node =>
        {
            Assert.Contains(node, fromStart);
            Assert.Contains(node, toEnd);
        });
    }

    [SkippableFact]
    public void Screenshot_of_the_report_is_taken_for_review()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var file = WriteReport("screenshot.html", Some.Model(Some.Map(activities: 30, cases: 400)));
        var png = Path.Combine(Artifacts, "report.png");
        File.Delete(png);

        Chromium.Screenshot(file, png);

        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot should show a drawn page");
        output.WriteLine($"screenshot: {png}");
    }

    [SkippableFact]
    public void Process_model_is_drawn_by_bpmn_js_with_a_shape_for_every_node_and_a_line_for_every_flow()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var hostile = "<img src=x onerror=\"document.title='pwned'\"> & </script>";
        var report = ReportBuilder.Build(Some.InvoiceLog(odd: hostile), new ReportBuilderOptions { Title = "Invoices", GeneratedAt = Some.GeneratedAt, ModelNoise = 0 });
        var file = WriteReport("model.html", report);
        var bpmn = XDocument.Parse(report.ProcessModel!.Bpmn);
        var process = bpmn.Descendants().Single(e => e.Name.LocalName == "process");
        var nodes = process.Elements().Where(e => e.Name.LocalName != "sequenceFlow").Select(e => (string)e.Attribute("id")!).ToList();
        var flows = process.Elements().Where(e => e.Name.LocalName == "sequenceFlow").Select(e => (string)e.Attribute("id")!).ToList();

        var dom = Chromium.DumpDom(file);

        Assert.DoesNotMatch("data-error=", dom);
        Assert.Equal(nodes.Count.ToString(CultureInfo.InvariantCulture), Attribute(dom, "data-shapes"));
        Assert.Equal(flows.Count.ToString(CultureInfo.InvariantCulture), Attribute(dom, "data-flows"));
        Assert.Equal("0", Attribute(dom, "data-warnings"));
        var drawn = Regex.Matches(dom, "<g class=\"djs-element djs-(?<kind>shape|connection)\" data-element-id=\"(?<id>[^\"]+)\"")
            .Where(m => !m.Groups["id"].Value.EndsWith("_label", StringComparison.Ordinal))
            .ToLookup(m => m.Groups["kind"].Value, m => m.Groups["id"].Value);
        Assert.Equal(nodes.Order(StringComparer.Ordinal), drawn["shape"].Order(StringComparer.Ordinal));
        Assert.Equal(flows.Order(StringComparer.Ordinal), drawn["connection"].Order(StringComparer.Ordinal));
        // The hostile name is a task label, drawn as text; it made no element and did not run.
        var labels = string.Concat(Regex.Matches(dom, "<tspan[^>]*>(?<t>[^<]*)</tspan>").Select(m => WebUtility.HtmlDecode(m.Groups["t"].Value)));
        Assert.Contains(hostile.Replace(" ", string.Empty, StringComparison.Ordinal), labels.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("<title>Invoices</title>", Regex.Match(dom, "<title>[^<]*</title>").Value);
        Assert.Contains("bjs-powered-by", dom, StringComparison.Ordinal);
        output.WriteLine($"{nodes.Count} nodes, {flows.Count} flows drawn in {Attribute(dom, "data-draw-ms")} ms");
    }

    [SkippableFact]
    public void Choosing_a_task_type_in_the_map_selector_draws_its_own_model()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var report = ReportBuilder.Build(Some.InvoiceLog(taskTypes: true), new ReportBuilderOptions { Title = "Invoices", GeneratedAt = Some.GeneratedAt, TaskTypeAttribute = "task", MinTaskTypeCases = 10 });
        var file = WriteReport("model-task.html", report);
        // What a reader does: pick the first task type in the selector.
        var html = File.ReadAllText(file).Replace("</body>", "<script>var s = document.getElementById('map-select'); s.value = '1'; s.dispatchEvent(new Event('change'));</script>\n</body>", StringComparison.Ordinal);
        File.WriteAllText(file, html);
        var task = report.TaskMaps[0];
        var nodes = XDocument.Parse(task.ProcessModel!.Bpmn).Descendants().Single(e => e.Name.LocalName == "process").Elements().Count(e => e.Name.LocalName != "sequenceFlow");
        var allNodes = XDocument.Parse(report.ProcessModel!.Bpmn).Descendants().Single(e => e.Name.LocalName == "process").Elements().Count(e => e.Name.LocalName != "sequenceFlow");
        Assert.NotEqual(allNodes, nodes);

        var dom = Chromium.DumpDom(file);

        Assert.Equal("1", Attribute(dom, "data-model"));
        Assert.Equal(nodes.ToString(CultureInfo.InvariantCulture), Attribute(dom, "data-shapes"));
        Assert.Contains($"<span id=\"model-name\" class=\"model-name\">— {task.Name}</span>", dom, StringComparison.Ordinal);
        var labels = Regex.Matches(dom, "<tspan[^>]*>(?<t>[^<]*)</tspan>").Select(m => m.Groups["t"].Value).ToList();
        Assert.Equal(task.Map.Activities.Count, task.Map.Activities.Count(a => string.Concat(labels).Replace(" ", string.Empty, StringComparison.Ordinal).Contains(a.Name.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void A_process_model_without_its_diagram_shows_the_import_error_instead_of_a_drawing()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var report = ReportBuilder.Build(Some.InvoiceLog(), new ReportBuilderOptions { Title = "Invoices", GeneratedAt = Some.GeneratedAt });
        var bpmn = XDocument.Parse(report.ProcessModel!.Bpmn);
        bpmn.Descendants().Where(e => e.Name.LocalName == "BPMNDiagram").Remove();
        var file = WriteReport("model-broken.html", report with { ProcessModel = report.ProcessModel with { Bpmn = bpmn.ToString() } });

        var dom = Chromium.DumpDom(file);

        Assert.Equal("no diagram to display", Attribute(dom, "data-error"));
        Assert.Contains("The process model could not be drawn: no diagram to display", dom, StringComparison.Ordinal);
        Assert.DoesNotMatch("djs-element djs-shape", dom);
        Assert.Contains("<svg", dom, StringComparison.Ordinal); // the map above is still drawn
    }

    [SkippableFact]
    public void Screenshot_of_the_process_model_is_taken_for_review()
    {
        Skip.IfNot(Chromium.IsInstalled, SkipReason);
        var report = ReportBuilder.Build(Some.InvoiceLog(), new ReportBuilderOptions { Title = "Invoices", GeneratedAt = Some.GeneratedAt, ModelNoise = 0 });
        var file = WriteReport("model-screenshot.html", report);
        var png = Path.Combine(Artifacts, "model.png");
        File.Delete(png);

        Chromium.Screenshot(file, png, 1400, 2200);

        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot should show a drawn model");
        output.WriteLine($"screenshot: {png}");
    }

    private static string WriteReport(string name, ReportModel model, HtmlReportOptions? options = null)
    {
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, name);
        HtmlReport.WriteFile(model, path, options);
        return path;
    }

    /// <summary>Text content of the SVG's text elements, one line of a node label each, unescaped.</summary>
    private static List<string> SvgTexts(string dom)
    {
        var svg = dom[dom.IndexOf("<svg", StringComparison.Ordinal)..];
        return Regex.Matches(svg, "<text[^>]*>(?<t>[^<]*)</text>")
            .Select(m => WebUtility.HtmlDecode(m.Groups["t"].Value))
            .ToList();
    }

    private static HashSet<string> Reachable(string root, List<(string From, string To)> edges, bool reverse)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var (from, to) in edges)
            {
                var (here, next) = reverse ? (to, from) : (from, to);
                if (here == at && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }

    private static string Attribute(string dom, string name)
    {
        var match = Regex.Match(dom, name + "=\"(?<v>[^\"]*)\"");
        Assert.True(match.Success, $"{name} missing: the page script did not finish drawing");
        return match.Groups["v"].Value;
    }
}
