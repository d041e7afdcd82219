namespace Deskmine.Reporting;

/// <summary>
/// Texts embedded into the assembly at build time: the Viz.js bundle from npm, the page script and style,
/// and the licence notices that must travel with Viz.js.
/// </summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> VizScript = new(() => LoadScript("viz-global.js"));
    private static readonly Lazy<string> PageScriptText = new(() => LoadScript("report.js"));
    private static readonly Lazy<string> PageStyleText = new(() => Load("report.css"));
    private static readonly Lazy<string> NoticesText = new(() => Load("ThirdPartyNotices.txt"));
    private static readonly Lazy<string> EplText = new(() => Load("EPL-1.0.txt"));

    /// <summary>Viz.js 3.31.0 (<c>dist/viz-global.js</c>): defines the global <c>Viz</c> with the wasm inside.</summary>
    public static string Viz => VizScript.Value;

    /// <summary>The page script that turns the JSON data into DOT and renders it.</summary>
    public static string PageScript => PageScriptText.Value;

    /// <summary>The page style sheet.</summary>
    public static string PageStyle => PageStyleText.Value;

    /// <summary>Licence notices of Viz.js, Graphviz and Expat.</summary>
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
}
