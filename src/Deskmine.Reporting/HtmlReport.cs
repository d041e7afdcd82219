namespace Deskmine.Reporting;

/// <summary>
/// Writes the self-contained HTML process report: one file that opens offline (file://) and shows the
/// process map (frequency and performance views with activity and path sliders), variants, activity and team
/// statistics. The map is laid out in the browser by the embedded Graphviz (Viz.js).
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes the report as UTF-8 HTML to <paramref name="output"/>, which stays open.</summary>
    /// <param name="model">What to show.</param>
    /// <param name="output">Destination stream.</param>
    /// <param name="options">Layout options; <see cref="HtmlReportOptions.Default"/> when <c>null</c>.</param>
    /// <exception cref="ArgumentException">The map refers to an activity it does not list, or lists one twice.</exception>
    public static void Write(ReportModel model, Stream output, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        options ??= HtmlReportOptions.Default;
        options.Validate();
        HtmlPage.Write(output, model, options);
    }

    /// <summary>Writes the report to a file at <paramref name="path"/>, replacing it if it exists.</summary>
    /// <param name="model">What to show.</param>
    /// <param name="path">File to write, conventionally ending in <c>.html</c>.</param>
    /// <param name="options">Layout options; <see cref="HtmlReportOptions.Default"/> when <c>null</c>.</param>
    public static void WriteFile(ReportModel model, string path, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        (options ?? HtmlReportOptions.Default).Validate();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(model, file, options);
    }

    /// <summary>Returns the report as a string (for tests and small maps; prefer <see cref="Write"/> for files).</summary>
    /// <param name="model">What to show.</param>
    /// <param name="options">Layout options; <see cref="HtmlReportOptions.Default"/> when <c>null</c>.</param>
    public static string Render(ReportModel model, HtmlReportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(model, buffer, options);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
