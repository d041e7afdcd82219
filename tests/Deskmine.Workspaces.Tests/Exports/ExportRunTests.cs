using Deskmine.Workspaces.Exports;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Exports;

public sealed class ExportRunTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Fact]
    public void Csv_carries_the_segment_type_and_case_of_the_recognition_run()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("events.csv");

        var rows = ExportRun.Run(ws, ExportFormat.Csv, path);

        Assert.Equal(simulated.EventCount, rows);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var segment = Array.IndexOf(header, "segment");
        Assert.True(segment >= 0);
        Assert.Contains("task_type", header);
        Assert.Contains("case", header);
        Assert.Contains(lines.Skip(1), l => l.Split(',')[segment].StartsWith('s'));
    }

    [Fact]
    public void Truth_has_one_row_per_event()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("truth.csv");

        var rows = ExportRun.Run(ws, ExportFormat.Truth, path);

        Assert.Equal(simulated.EventCount, rows);
        Assert.Equal(rows + 1, File.ReadLines(path).Count());
    }

    [Fact]
    public void Xes_has_one_event_element_per_event_and_a_start_complete_pair_per_interval()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("events.xes");
        var intervals = ws.Events.ReadEvents().Count(e => e.Duration is not null && e.Ts is not null);

        var rows = ExportRun.Run(ws, ExportFormat.Xes, path);

        Assert.Equal(simulated.EventCount, rows);
        Assert.True(intervals > 0);
        Assert.Equal(rows + intervals, File.ReadLines(path).Count(l => l.TrimStart().StartsWith("<event", StringComparison.Ordinal)));
        // The pairs are joined again on reading.
        Assert.Equal(rows, Deskmine.Storage.Formats.XesReader.Read(path).LongCount());
    }
}
