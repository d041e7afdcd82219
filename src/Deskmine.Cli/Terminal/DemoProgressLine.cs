using Deskmine.Workspaces.Demo;

namespace Deskmine.Cli.Terminal;

/// <summary>
/// The demo's progress on standard error: the simulation's progress line, closed when simulation ends, then one line
/// as each later stage begins, with the seconds since the start.
/// </summary>
internal sealed class DemoProgressLine(TextWriter error) : IProgress<DemoProgress>, IDisposable
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private ProgressReporter? _simulating = new(error, "simulating", quietUntilReported: true);
    private DemoStage _stage = DemoStage.Simulating;

    public void Report(DemoProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Stage == DemoStage.Simulating)
        {
            _simulating?.Report(value.Events);
            return;
        }
        Dispose();
        if (value.Stage != _stage)
            error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"demo: {_clock.Elapsed.TotalSeconds,6:0.0} s  {value.Stage.ToString().ToLowerInvariant()}…"));
        _stage = value.Stage;
    }

    public void Dispose()
    {
        _simulating?.Dispose();
        _simulating = null;
    }
}
