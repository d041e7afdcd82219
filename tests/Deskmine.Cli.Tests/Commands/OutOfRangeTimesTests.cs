using Deskmine.Cli.Tests.Support;
using Deskmine.Core;
using DuckDB.NET.Data;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>Workspaces written before imports refused timestamps outside years 1–9999 (issue row 1): export and
/// report read them clamped, warn naming the first such event, and exit 0 instead of crashing.</summary>
public sealed class OutOfRangeTimesTests
{
    // The tester's input: 9999-12-31T23:59:59-01:00 is one hour past the last instant a DateTimeOffset holds.
    private const long PastYear9999 = 253_402_300_800_000_000 + 3_599_000_000;
    private const long BeforeYear1 = -62_135_596_800_000_000 - 3_600_000_000;

    [Fact]
    public void Export_and_report_read_old_out_of_range_times_clamped_with_a_warning()
    {
        using var dir = new TempDir();
        var ws = Path.Combine(dir.Path, "ws");
        Assert.Equal(CliApp.Ok, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "300").ExitCode);
        var (late, early) = PlantOldTimes(ws);

        var export = CliRun.Of("export", "-w", ws, "-o", dir.File("events.csv"));
        var report = CliRun.Of("report", "-w", ws, "-o", dir.File("report.html"));

        Assert.Equal(CliApp.Ok, export.ExitCode);
        Assert.Contains("2 event(s) have timestamps outside years 1-9999", export.Error, StringComparison.Ordinal);
        Assert.Contains(early.ToString(), export.Error, StringComparison.Ordinal);
        var csv = File.ReadAllText(dir.File("events.csv"));
        Assert.Contains($"{late},", csv, StringComparison.Ordinal);
        Assert.Contains("9999-12-31T23:59:59.999999Z", csv, StringComparison.Ordinal);
        Assert.Contains("0001-01-01T00:00:00.000000Z", csv, StringComparison.Ordinal);
        Assert.True(report.ExitCode == CliApp.Ok, report.Error);
        Assert.Contains("outside years 1-9999", report.Error, StringComparison.Ordinal);
        Assert.True(new FileInfo(dir.File("report.html")).Length > 0);
    }

    [Fact]
    public void A_workspace_within_range_gives_no_warning()
    {
        using var dir = new TempDir();
        var ws = Path.Combine(dir.Path, "ws");
        Assert.Equal(CliApp.Ok, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "100").ExitCode);

        var export = CliRun.Of("export", "-w", ws, "-o", dir.File("events.csv"));

        Assert.Equal(CliApp.Ok, export.ExitCode);
        Assert.DoesNotContain("warning", export.Error, StringComparison.Ordinal);
    }

    // Writes the times an older Deskmine stored (the late one an interval of an hour, whose end is clamped too), straight into the workspace's DuckDB file; returns the two event ids.
    private static (Guid Late, Guid Early) PlantOldTimes(string workspace)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(workspace, "events.duckdb")}");
        connection.Open();
        foreach (var sql in new[] { $"UPDATE events SET ts = {PastYear9999}, duration = 3600000000 WHERE row_no = 10", $"UPDATE events SET ts = {BeforeYear1} WHERE row_no = 5" })
        {
            using var update = connection.CreateCommand();
            update.CommandText = sql;
            Assert.Equal(1, update.ExecuteNonQuery());
        }
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT id FROM events WHERE row_no = 10), (SELECT id FROM events WHERE row_no = 5)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.False(Timestamps.IsInRange(PastYear9999));
        return (reader.GetGuid(0), reader.GetGuid(1));
    }
}
