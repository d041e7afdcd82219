using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Simulations;

namespace Deskmine.Server.Tests.Support;

/// <summary>
/// A simulated and mined workspace (real DuckDB file), made once per test run and never opened for writing again:
/// servers run on copies of it. One working day of two teams of five people, so that teams just reach k = 5.
/// </summary>
internal static class MinedTemplate
{
    private static readonly Lazy<string> Directory = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SimulationOptions Options { get; } = new() { Seed = 7, Days = 1, Teams = 2, PeoplePerTeam = 5, WorkdayStart = new(8, 0), WorkdayEnd = new(11, 0) };

    /// <summary>A fresh copy of the template in a new temporary folder.</summary>
    public static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), "deskmine-api-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory.Value))
        {
            if (Path.GetFileName(file) != "workspace.lock")
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        return target;
    }

    private static string Create()
    {
        var dir = Path.Combine(Path.GetTempPath(), "deskmine-api-template-" + Guid.NewGuid().ToString("N"));
        using (var ws = Workspace.Open(dir))
        {
            SimulationRun.Run(ws, Options);
            RecognitionRun.Run(ws);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return dir;
    }
}
