using System.Text.Json;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Demo;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Simulations;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Demo;

/// <summary>One demo of a simulated working day, run over an earlier workspace, shared read-only by the tests.</summary>
public sealed class DemoOutput : IDisposable
{
    private readonly TempDir _dir = new();

    public DemoOutput()
    {
        using (var earlier = WorkspaceAccess.OpenForWriting(_dir.File("out/workspace")))
            SimulationRun.Run(earlier, SimulatedWorkspace.Options(events: 100));
        Result = DemoRun.Run(new DemoRequest { OutputDirectory = _dir.File("out"), Days = 1, Seed = 5 }, TimeProvider.System);
        Html = File.ReadAllText(Result.ReportPath);
    }

    public DemoRunResult Result { get; }

    public string Html { get; }

    public void Dispose() => _dir.Dispose();
}

public sealed class DemoRunTests(DemoOutput demo) : IClassFixture<DemoOutput>
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
        var result = demo.Result;

        Assert.True(result.EventCount > 10_000, $"21 people work a day: {result.EventCount} events");
        Assert.True(File.Exists(result.ReportPath));
        Assert.True(result.Recognition.SegmentCount > 0);
        Assert.True(result.Map.NumCases > 0);
        using var ws = Workspace.OpenReadOnly(result.WorkspacePath);
        Assert.Equal(result.EventCount, ws.Events.Count());
        Assert.Equal(result.EventCount, ws.Events.ReadDerived(DerivedRuns.Recognition).Count);
        Assert.True(TaskTypeCatalogue.IsStored(ws.Events));
    }

    [Fact]
    public void The_report_maps_what_recognition_found_by_named_steps_per_found_task_type()
    {
        using var ws = Workspace.OpenReadOnly(demo.Result.WorkspacePath);
        var steps = StepNames.Read(ws.Events)!.NameOfLabel.Values.ToHashSet(StringComparer.Ordinal);
        var found = TaskTypeCatalogue.Read(ws.Events)!.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var trueSteps = ws.Events.ReadTruth().Select(t => t.Step).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);

        using var data = JsonDocument.Parse(DataBlock(demo.Html));
        var maps = data.RootElement.GetProperty("maps").EnumerateArray().ToList();

        Assert.Contains("cases: segment; activities: step", demo.Html, StringComparison.Ordinal);
        Assert.True(maps.Count >= 3, $"all work and the found task types: {maps.Count} maps");
        Assert.All(maps.Skip(1), m => Assert.Contains(m.GetProperty("name").GetString()!, found));
        foreach (var map in maps)
        {
            var names = map.GetProperty("activities").EnumerateArray().Select(a => a[0].GetString()!).ToList();
            Assert.InRange(names.Count, 1, 30);
            Assert.All(names, n => Assert.True(IsMined(n, steps), $"'{n}' is a mined step, a group of them or the other steps"));
            Assert.DoesNotContain(names, trueSteps.Contains);
        }
        Assert.Equal(demo.Result.Map.Activities.Count, maps[0].GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void The_truth_shows_only_in_the_accuracy_panel()
    {
        using var ws = Workspace.OpenReadOnly(demo.Result.WorkspacePath);
        var trueTypes = ws.Events.ReadTruth().Select(t => t.TaskType).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var start = demo.Html.IndexOf("<section id=\"accuracy\">", StringComparison.Ordinal);
        Assert.True(start > 0, "the demo report has an accuracy panel");
        var end = demo.Html.IndexOf("</section>", start, StringComparison.Ordinal);
        var panel = demo.Html[start..end];
        var rest = demo.Html[..start] + demo.Html[end..];

        Assert.Contains(trueTypes, t => panel.Contains(System.Net.WebUtility.HtmlEncode(t), StringComparison.Ordinal));
        Assert.All(trueTypes, t => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(t), rest, StringComparison.Ordinal));
        Assert.DoesNotContain("truth.", rest, StringComparison.Ordinal);
        var types = Assert.Single(demo.Result.Accuracy.Counts, c => c.Label == "Task types");
        Assert.Equal(trueTypes.Count, types.True);
        Assert.Equal(demo.Result.Recognition.Catalogue.Entries.Count(e => e.Segments > 0), types.Found);
        Assert.Contains(demo.Result.Evaluation.Report.BoundaryF1.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), panel, StringComparison.Ordinal);
    }

    // A step, a coarser name several steps share ("Chrome – customer: type into (7 steps)"), or the rare ones.
    private static bool IsMined(string name, HashSet<string> steps)
    {
        if (steps.Contains(name) || name.StartsWith("Other (", StringComparison.Ordinal))
            return true;
        var group = System.Text.RegularExpressions.Regex.Match(name, @"^(?<name>.+) \(\d+ steps\)$");
        return group.Success && steps.Any(s => s.StartsWith(group.Groups["name"].Value, StringComparison.Ordinal));
    }

    private static string DataBlock(string html)
    {
        const string open = "<script type=\"application/json\" id=\"deskmine-data\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
    }
}
