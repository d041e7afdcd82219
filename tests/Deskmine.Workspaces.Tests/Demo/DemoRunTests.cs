using Deskmine.Storage;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Demo;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Simulations;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Demo;

public sealed class DemoRunTests
{
    [Fact]
    public void Refuses_to_replace_a_folder_that_is_not_a_workspace()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("out/workspace"));
        File.WriteAllText(dir.File("out/workspace/precious.txt"), "keep me");

        var e = Assert.Throws<WorkspaceProblemException>(() =>
            DemoRun.Run(new DemoRequest { OutputDirectory = dir.File("out"), Days = 1 }, TimeProvider.System));

        Assert.Contains("not a Deskmine workspace", e.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("out/workspace/precious.txt")));
    }

    [Fact]
    public void The_demo_replaces_an_earlier_workspace_and_simulates_recognises_and_reports()
    {
        using var dir = new TempDir();
        using (var earlier = WorkspaceAccess.OpenForWriting(dir.File("out/workspace")))
            SimulationRun.Run(earlier, SimulatedWorkspace.Options(events: 100));

        var result = DemoRun.Run(new DemoRequest { OutputDirectory = dir.File("out"), Days = 1, Seed = 5 }, TimeProvider.System);

        Assert.True(result.EventCount > 10_000, $"21 people work a day: {result.EventCount} events");
        Assert.True(File.Exists(result.ReportPath));
        Assert.True(result.Recognition.SegmentCount > 0);
        Assert.True(result.Map.NumCases > 0);
        using var ws = Workspace.OpenReadOnly(result.WorkspacePath);
        Assert.Equal(result.EventCount, ws.Events.Count());
        Assert.Equal(result.EventCount, ws.Events.ReadDerived(DerivedRuns.Recognition).Count);
        Assert.True(TaskTypeCatalogue.IsStored(ws.Events));
    }
}
