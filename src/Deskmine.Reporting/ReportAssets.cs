namespace Deskmine.Reporting;

/// <summary>
/// Texts embedded into the assembly at build time: the Viz.js and bpmn-js bundles from npm, the page scripts and
/// style, and the licence notices that must travel with them.
/// </summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> VizScript = new(() => LoadScript("viz-global.js"));
    private static readonly Lazy<string> PageScriptText = new(() => LoadScript("report.js"));
    private static readonly Lazy<string> BpmnViewerText = new(() => EscapeForScriptElement(Load("bpmn-viewer.js")));
    private static readonly Lazy<string> BpmnStyleText = new(() => LoadStyle("diagram-js.css") + "\n" + LoadStyle("bpmn-js.css"));
    private static readonly Lazy<string> ModelScriptText = new(() => LoadScript("model.js"));
    private static readonly Lazy<string> PageStyleText = new(() => Load("report.css"));
    private static readonly Lazy<string> NoticesText = new(() => Load("ThirdPartyNotices.txt"));
    private static readonly Lazy<string> EplText = new(() => Load("EPL-1.0.txt"));

    /// <summary>Viz.js 3.31.0 (<c>dist/viz-global.js</c>): defines the global <c>Viz</c> with the wasm inside.</summary>
    public static string Viz => VizScript.Value;

    /// <summary>
    /// bpmn-js 18.31.1, the navigated viewer (<c>dist/bpmn-navigated-viewer.production.min.js</c>): defines the global
    /// <c>BpmnJS</c> that draws a BPMN 2.0 diagram as SVG, with zoom and pan.
    /// </summary>
    public static string BpmnViewer => BpmnViewerText.Value;

    /// <summary>The style sheets bpmn-js draws with (<c>diagram-js.css</c>, <c>bpmn-js.css</c>).</summary>
    public static string BpmnStyle => BpmnStyleText.Value;

    /// <summary>The page script that hands the report's BPMN model to bpmn-js.</summary>
    public static string ModelScript => ModelScriptText.Value;

    /// <summary>The page script that turns the JSON data into DOT and renders it.</summary>
    public static string PageScript => PageScriptText.Value;

    /// <summary>The page style sheet.</summary>
    public static string PageStyle => PageStyleText.Value;

    /// <summary>Licence notices of Viz.js, Graphviz, Expat, bpmn-js and the packages bundled in bpmn-js.</summary>
    public static string ThirdPartyNotices => NoticesText.Value;

    /// <summary>Full text of the Eclipse Public License 1.0 (Graphviz).</summary>
    public static string EclipsePublicLicense => EplText.Value;

    private static string Load(string name)
    {
        var assembly = typeof(ReportAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream("Deskmine.Reporting." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {assembly.GetName().Name}; rebuild the project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Loads a script that is inlined into a <c>&lt;script&gt;</c> element. Such text must not contain
    /// <c>&lt;/script</c> or <c>&lt;!--</c>, which would end or confuse the element; checked here once.
    /// </summary>
    private static string LoadScript(string name)
    {
        var text = Load(name);
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Embedded script {name} contains '</script' or '<!--' and cannot be inlined.");
        }

        return text;
    }

    /// <summary>
    /// Makes third-party script text safe to inline: the HTML standard's advice for script elements is to write
    /// <c>&lt;!--</c>, <c>&lt;script</c> and <c>&lt;/script</c> as <c>\x3C!--</c>, <c>\x3Cscript</c>, <c>\x3C/script</c>
    /// where they appear in literals, which reads the same in strings and regular expressions. bpmn-js has one,
    /// a comment-matching regular expression (<c>/^&lt;!--(.*?)--&gt;$/s</c>).
    /// </summary>
    internal static string EscapeForScriptElement(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "<(?=!--|/?script)", "\\x3C", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static string LoadStyle(string name)
    {
        var text = Load(name);
        if (text.Contains("</style", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Embedded style sheet {name} contains '</style' and cannot be inlined.");
        }

        return text;
    }
}
