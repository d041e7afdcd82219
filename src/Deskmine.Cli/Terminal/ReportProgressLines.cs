using System.Diagnostics;
using System.Globalization;
using Deskmine.Workspaces.Reports;

namespace Deskmine.Cli.Terminal;

/// <summary>
/// A report's progress on standard error: one line as each stage begins, with the seconds since the start, and a
/// last line with the total, so that standard output keeps only the path written.
/// </summary>
internal sealed class ReportProgressLines(TextWriter error) : IProgress<ReportProgress>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _reported;

    public void Report(ReportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _reported = true;
        var what = value.Stage switch
        {
            ReportStage.Reading => "reading the workspace",
            ReportStage.Mapping => string.Create(CultureInfo.InvariantCulture, $"mapping {value.Events:N0} events"),
            ReportStage.Analysing => string.Create(CultureInfo.InvariantCulture, $"{value.Maps} maps; analysing"),
            _ => "writing the HTML file",
        };
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {_clock.Elapsed.TotalSeconds,5:0.0} s  {what}…"));
    }

    public void Dispose()
    {
        if (_reported)
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {_clock.Elapsed.TotalSeconds,5:0.0} s  done"));
    }
}
