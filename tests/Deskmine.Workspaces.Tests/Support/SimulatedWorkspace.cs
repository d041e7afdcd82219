using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Simulations;

namespace Deskmine.Workspaces.Tests.Support;

/// <summary>
/// A small simulated workspace (real DuckDB file in a temporary folder): one working day of two people in two
/// teams, with ground truth, and — unless asked otherwise — a stored recognition run. Shared read-only by the
/// tests of one class; tests that write make their own.
/// </summary>
public sealed class SimulatedWorkspace : IDisposable
{
    private readonly TempDir _dir = new();

    public SimulatedWorkspace()
        : this(recognise: true)
    {
    }

    internal SimulatedWorkspace(bool recognise, long? events = null)
    {
        Directory = _dir.File("ws");
        using var ws = Workspace.Open(Directory);
        EventCount = SimulationRun.Run(ws, Options(events));
        if (recognise)
            Recognition = RecognitionRun.Run(ws);
    }

    /// <summary>The workspace folder.</summary>
    public string Directory { get; }

    /// <summary>Events simulated.</summary>
    public long EventCount { get; }

    /// <summary>The stored recognition run, when one was made.</summary>
    public RecognitionRunResult? Recognition { get; }

    /// <summary>The settings of the simulation.</summary>
    public static SimulationOptions Options(long? events = null) =>
        new() { Seed = 11, Days = 1, Teams = 2, PeoplePerTeam = 1, TargetEventCount = events };

    /// <summary>A folder in this workspace's temporary folder, for files a test writes.</summary>
    public string File(string name) => _dir.File(name);

    public Workspace OpenReadOnly() => Workspace.OpenReadOnly(Directory);

    public void Dispose() => _dir.Dispose();
}
