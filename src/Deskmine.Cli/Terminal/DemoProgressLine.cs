using Deskmine.Workspaces.Demo;

namespace Deskmine.Cli.Terminal;

/// <summary>The demo's progress on standard error: the simulation's progress line, closed when simulation ends.</summary>
internal sealed class DemoProgressLine(TextWriter error) : IProgress<DemoProgress>, IDisposable
{
    private ProgressReporter? _simulating = new(error, "simulating", quietUntilReported: true);

    public void Report(DemoProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Stage == DemoStage.Simulating)
            _simulating?.Report(value.Events);
        else
            Dispose();
    }

    public void Dispose()
    {
        _simulating?.Dispose();
        _simulating = null;
    }
}
