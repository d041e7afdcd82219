using Deskmine.Cli.Tests.Support;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Tests.Commands;

public sealed class SimulateReportCommandTests
{
    [Fact]
    public void Simulate_stores_events_with_truth_and_report_writes_one_html_file()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");

        var simulate = CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "2", "--seed", "3");
        var report = CliRun.Of("report", "-w", ws, "-o", dir.File("r.html"), "--case", "truth", "--classifier", "truth.step", "--collapse-repeats");
        var truth = CliRun.Of("export", "-w", ws, "--format", "truth", "-o", dir.File("truth.csv"));

        Assert.Equal(CliApp.Ok, simulate.ExitCode);
        Assert.Equal(CliApp.Ok, report.ExitCode);
        Assert.Equal(CliApp.Ok, truth.ExitCode);
        long events;
        using (var workspace = Workspace.OpenReadOnly(ws))
            events = workspace.Events.Count();
        Assert.True(events > 1000, $"a person-day has thousands of events, got {events}");
        Assert.Equal(events + 1, File.ReadLines(dir.File("truth.csv")).Count());
        var html = File.ReadAllText(dir.File("r.html"));
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Enter invoice header", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_gives_the_same_map()
    {
        using var dir = new TempDir();
        CliRun.Of("simulate", "-w", dir.File("a"), "--days", "1", "--teams", "1", "--people-per-team", "1", "--seed", "9");
        CliRun.Of("simulate", "-w", dir.File("b"), "--days", "1", "--teams", "1", "--people-per-team", "1", "--seed", "9");

        var a = CliRun.Of("map", dir.File("a"), "--json", "--case", "truth");
        var b = CliRun.Of("map", dir.File("b"), "--json", "--case", "truth");

        Assert.Equal(CliApp.Ok, a.ExitCode);
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Demo_refuses_to_replace_a_folder_that_is_not_a_workspace()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("out/workspace"));
        File.WriteAllText(dir.File("out/workspace/precious.txt"), "keep me");

        var run = CliRun.Of("demo", "-o", dir.File("out"));

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.True(File.Exists(dir.File("out/workspace/precious.txt")));
    }
}
