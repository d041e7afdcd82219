using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Deskmine.Cli.Tests.Support;

/// <summary>
/// Opens a BPMN file the way bpmn.io does: a page with the <c>bpmn-js</c> viewer from npm (restored into
/// <c>web/report/node_modules</c> by the build) imports the XML in Debian's headless Chromium, and the drawn SVG is read
/// back from the DOM.
/// </summary>
internal static partial class BpmnJsViewer
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string Script { get; } = Path.Combine(RepoRoot(), "web", "report", "node_modules", "bpmn-js", "dist", "bpmn-viewer.production.min.js");

    public static string? MissingReason =>
        !File.Exists(ChromiumPath) ? "Chromium is not installed at /usr/bin/chromium (scripts/ensure-test-deps.sh installs it)."
        : !File.Exists(Script) ? $"bpmn-js is not restored at {Script} (building Deskmine.Reporting runs npm ci in web/report)."
        : null;

    /// <summary>Imports <paramref name="bpmnXml"/> into bpmn-js in a page written under <paramref name="folder"/> and returns what it drew.</summary>
    public static DrawnDiagram Draw(string bpmnXml, string folder)
    {
        var page = Path.Combine(folder, "bpmn-js.html");
        File.WriteAllText(page, $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><style>html, body { margin: 0 } #canvas { width: 1400px; height: 900px }</style></head>
            <body><div id="canvas"></div><pre id="result" data-status="pending"></pre>
            <script src="{{new Uri(Script).AbsoluteUri}}"></script>
            <script>
            var out = document.getElementById('result');
            try {
              var viewer = new BpmnJS({ container: '#canvas' });
              viewer.importXML({{JsonSerializer.Serialize(bpmnXml)}}).then(function (r) {
                out.setAttribute('data-warnings', String(r.warnings.length));
                out.textContent = r.warnings.map(function (w) { return w.message; }).join('\n');
                out.setAttribute('data-status', 'imported');
              }).catch(function (e) {
                out.setAttribute('data-status', 'error');
                out.textContent = String(e && e.message || e);
              });
            } catch (e) {
              out.setAttribute('data-status', 'error');
              out.textContent = String(e && e.message || e);
            }
            </script></body></html>
            """);
        return DrawnDiagram.Parse(DumpDom(page));
    }

    private static string DumpDom(string htmlFile)
    {
        var profile = Directory.CreateTempSubdirectory("deskmine-chromium-");
        try
        {
            var start = new ProcessStartInfo(ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={profile.FullName}",
                "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", new Uri(htmlFile).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }

            return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Deskmine.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One element bpmn-js drew: its id, its first SVG primitive, label text, position (shapes) or path (flows).</summary>
internal sealed record DrawnElement(string Id, bool IsConnection, string Primitive, string Text, (double X, double Y)? Position, string? Path);

/// <summary>What the page reported (<c>imported</c> or <c>error</c>, warnings, message) and the elements in its SVG.</summary>
internal sealed partial record DrawnDiagram(string Status, int Warnings, string Message, IReadOnlyList<DrawnElement> Elements)
{
    public IEnumerable<DrawnElement> Shapes => Elements.Where(e => !e.IsConnection && !e.Id.EndsWith("_label", StringComparison.Ordinal));

    public IEnumerable<DrawnElement> Connections => Elements.Where(e => e.IsConnection);

    public static DrawnDiagram Parse(string dom)
    {
        var result = ResultElement().Match(dom);
        if (!result.Success)
            throw new InvalidOperationException("the page wrote no result element: " + dom[..Math.Min(dom.Length, 400)]);
        var warnings = result.Groups["warnings"].Success ? int.Parse(result.Groups["warnings"].Value, CultureInfo.InvariantCulture) : 0;
        var starts = ElementStart().Matches(dom);
        var elements = new List<DrawnElement>();
        for (var i = 0; i < starts.Count; i++)
        {
            var m = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Index : dom.Length;
            var body = dom[m.Index..end];
            var visual = body.IndexOf("<g class=\"djs-visual\">", StringComparison.Ordinal);
            var hit = body.IndexOf("djs-hit", StringComparison.Ordinal);
            var drawn = visual >= 0 && hit > visual ? body[visual..hit] : string.Empty;
            drawn = Regex.Replace(drawn, "<defs>.*?</defs>", string.Empty, RegexOptions.Singleline);
            var primitive = Primitive().Match(drawn) is { Success: true } p ? p.Groups["tag"].Value : string.Empty;
            var text = string.Concat(Tspan().Matches(drawn).Select(t => WebUtility.HtmlDecode(t.Groups["t"].Value))).Trim();
            (double, double)? position = m.Groups["x"].Success
                ? (double.Parse(m.Groups["x"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture))
                : null;
            var path = HitPath().Match(body) is { Success: true } h ? h.Groups["d"].Value : null;
            elements.Add(new DrawnElement(WebUtility.HtmlDecode(m.Groups["id"].Value), m.Groups["kind"].Value == "connection", primitive, text, position, path));
        }
        return new DrawnDiagram(result.Groups["status"].Value, warnings, WebUtility.HtmlDecode(result.Groups["text"].Value), elements);
    }

    [GeneratedRegex("""<pre id="result" data-status="(?<status>[^"]*)"(?: data-warnings="(?<warnings>\d+)")?>(?<text>[^<]*)""")]
    private static partial Regex ResultElement();

    [GeneratedRegex("""<g class="djs-element djs-(?<kind>shape|connection)" data-element-id="(?<id>[^"]*)"[^>]*?(?:transform="matrix\(1 0 0 1 (?<x>-?[\d.]+) (?<y>-?[\d.]+)\)")?>""")]
    private static partial Regex ElementStart();

    [GeneratedRegex("""<g class="djs-visual">\s*<(?<tag>[a-z]+)""")]
    private static partial Regex Primitive();

    [GeneratedRegex("""<tspan[^>]*>(?<t>[^<]*)</tspan>""")]
    private static partial Regex Tspan();

    [GeneratedRegex("""<path d="(?<d>[^"]*)" class="djs-hit""")]
    private static partial Regex HitPath();
}
