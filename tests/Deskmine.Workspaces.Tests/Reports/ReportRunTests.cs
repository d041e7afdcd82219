using System.Text.Json;
using Deskmine.Core.Logs;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Reports;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Reports;

public sealed class ReportRunTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2024, 3, 4, 12, 0, 0, TimeSpan.Zero));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void After_recognition_the_report_has_one_map_per_recognised_task_type()
    {
        using var ws = simulated.OpenReadOnly();
        var output = simulated.File("sub/report.html");

        var path = ReportRun.Write(ws, new ReportRequest { OutputPath = output }, Clock);

        Assert.Equal(Path.GetFullPath(output), path);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        var name = simulated.Recognition!.Catalogue.Entries.OrderByDescending(e => e.Segments).First().Name;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(name), html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_recognition_the_report_maps_the_found_instances_by_named_steps_a_few_dozen_per_map()
    {
        using var ws = simulated.OpenReadOnly();
        var stages = new List<ReportStage>();

        var path = ReportRun.Write(ws, new ReportRequest { OutputPath = simulated.File("steps.html") }, Clock, new Collect(stages));

        var html = File.ReadAllText(path);
        Assert.Contains("cases: segment; activities: step", html, StringComparison.Ordinal);
        Assert.Equal([ReportStage.Reading, ReportStage.Mapping, ReportStage.Analysing, ReportStage.Writing], stages);
        using var data = JsonDocument.Parse(DataBlock(html));
        var maps = data.RootElement.GetProperty("maps").EnumerateArray().ToList();
        var typed = simulated.Recognition!.Catalogue.Entries.Where(e => e.Segments >= 3).Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(typed, maps.Skip(1).Select(m => m.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(maps, m => Assert.InRange(m.GetProperty("activities").GetArrayLength(), 1, StepClassifier.DefaultFolding.MaxActivities));
    }

    [Fact]
    public void Folding_can_be_set_per_report()
    {
        using var ws = simulated.OpenReadOnly();

        var path = ReportRun.Write(ws, new ReportRequest { OutputPath = simulated.File("fold5.html"), MaxActivities = 5 }, Clock);

        using var data = JsonDocument.Parse(DataBlock(File.ReadAllText(path)));
        var all = data.RootElement.GetProperty("maps")[0];
        Assert.Equal(5, all.GetProperty("activities").GetArrayLength());
        Assert.Contains(all.GetProperty("activities").EnumerateArray(), a => a[0].GetString()!.StartsWith("Other (", StringComparison.Ordinal));
    }

    private sealed class Collect(List<ReportStage> stages) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => stages.Add(value.Stage);
    }

    private static string DataBlock(string html)
    {
        const string open = "<script type=\"application/json\" id=\"deskmine-data\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_truth_steps_of_a_simulated_workspace_make_a_readable_map()
    {
        using var ws = simulated.OpenReadOnly();

        var path = ReportRun.Write(ws, new ReportRequest
        {
            OutputPath = simulated.File("truth.html"),
            CaseNotion = CaseNotions.Truth,
            Classifier = "truth.step",
            CollapseRepeats = true,
            TaskTypeField = ReportRun.TruthTaskType,
            Title = "Truth map",
        }, Clock);

        var html = File.ReadAllText(path);
        Assert.Contains("Truth map", html, StringComparison.Ordinal);
        Assert.Contains("Enter invoice header", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_case_notion_is_an_invalid_request()
    {
        using var ws = simulated.OpenReadOnly();

        Assert.Throws<InvalidRequestException>(() =>
            ReportRun.Write(ws, new ReportRequest { OutputPath = simulated.File("x.html"), CaseNotion = "nope" }, Clock));
    }
}
