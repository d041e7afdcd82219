using Deskmine.Core.Logs;
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
