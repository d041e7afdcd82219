using System.Diagnostics;
using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Demo;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Simulations;

namespace Deskmine.Workspaces.Tests.Support;

/// <summary>
/// A simulated workspace with injected compliance violations (real DuckDB file in a temporary folder) and a stored
/// recognition run, plus the simulator's answer: which true task instance carries which violation. The simulation
/// is replayed in memory for that answer because the workspace stores the truth without the violation.
/// </summary>
public sealed class ViolatingWorkspace : IDisposable
{
    private readonly TempDir _dir = new();

    public ViolatingWorkspace()
    {
        Directory = _dir.File("ws");
        var clock = Stopwatch.StartNew();
        using (var ws = Workspace.Open(Directory))
        {
            EventCount = SimulationRun.Run(ws, Options);
            SimulateTime = clock.Elapsed;
            clock.Restart();
            Recognition = RecognitionRun.Run(ws);
            RecogniseTime = clock.Elapsed;
        }
        var violations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in new BackOfficeSimulator().Run(Options))
        {
            if (e.Violation is { } v && e.Truth.TaskInstance.Length > 0)
                violations.TryAdd(e.Truth.TaskInstance, v);
        }
        ViolationOfInstance = violations;
        RulesFile = _dir.File("backoffice-rules.json");
        // The demo's own rules file (embedded in Deskmine.Workspaces), so the acceptance check covers what users get.
        using var rules = typeof(DemoRun).Assembly.GetManifestResourceStream("Deskmine.Workspaces.backoffice-rules.json")
            ?? throw new InvalidOperationException("Deskmine.Workspaces lacks its embedded back-office rules");
        using var copy = System.IO.File.Create(RulesFile);
        rules.CopyTo(copy);
    }

    /// <summary>Three people (one per team) for two days, one invoice in twenty posted unchecked and so on.</summary>
    public static SimulationOptions Options { get; } = new() { Seed = 5, Days = 2, Teams = 3, PeoplePerTeam = 1, ViolationRate = 0.05 };

    /// <summary>The classifier the rules are written for.</summary>
    public const string Classifier = "app,kind,target_name,attrs.key";

    public string Directory { get; }

    public long EventCount { get; }

    public TimeSpan SimulateTime { get; }

    public TimeSpan RecogniseTime { get; }

    public RecognitionRunResult Recognition { get; }

    /// <summary>True task instance → the violation injected into it.</summary>
    public IReadOnlyDictionary<string, string> ViolationOfInstance { get; }

    /// <summary>A copy of the demo's rules file, src/Deskmine.Workspaces/Demo/backoffice-rules.json.</summary>
    public string RulesFile { get; }

    /// <summary>A path in this workspace's temporary folder, for files a test writes.</summary>
    public string File(string name) => _dir.File(name);

    public Workspace OpenReadOnly() => Workspace.OpenReadOnly(Directory);

    public void Dispose() => _dir.Dispose();
}
