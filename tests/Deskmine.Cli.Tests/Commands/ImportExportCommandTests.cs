using Deskmine.Cli.Tests.Support;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Tests.Commands;

public sealed class ImportExportCommandTests
{
    private const string Csv = """
        case_id,activity,timestamp,resource
        1,register,2024-01-01 08:00:00,ann
        1,check,2024-01-01 09:00:00,bob
        2,register,2024-01-02 08:00:00,ann
        """;

    [Fact]
    public void Import_stores_every_row_and_reports_the_count()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);

        var run = CliRun.Of("import", file, "-w", dir.File("ws"));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Contains("imported 3 events", run.Out, StringComparison.Ordinal);
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        Assert.Equal(3, ws.Events.Count());
        Assert.Equal([0L, 1L, 2L], ws.Events.ReadEvents().Select(e => e.SourceRow ?? -1));
    }

    [Fact]
    public void A_malformed_file_is_refused_naming_the_line_and_keeps_earlier_imports()
    {
        using var dir = new TempDir();
        var good = dir.File("good.csv");
        var bad = dir.File("bad.csv");
        File.WriteAllText(good, Csv);
        File.WriteAllText(bad, Csv + "\n3,check,not-a-time,ann\n");
        Assert.Equal(CliApp.Ok, CliRun.Of("import", good, "-w", dir.File("ws")).ExitCode);

        var run = CliRun.Of("import", bad, "-w", dir.File("ws"));

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("bad.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 5", run.Error, StringComparison.Ordinal);
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        Assert.Equal(3, ws.Events.Count());
    }

    [Fact]
    public void A_workspace_in_use_is_refused_with_a_clear_message()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        using var holder = Workspace.Open(dir.File("ws"));

        var run = CliRun.Of("import", file, "-w", dir.File("ws"));

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("in use", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xes")]
    [InlineData("csv")]
    public void Export_writes_what_import_reads_back(string format)
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        Assert.Equal(CliApp.Ok, CliRun.Of("import", file, "-w", dir.File("ws")).ExitCode);
        var exported = dir.File("out." + format);

        var export = CliRun.Of("export", "-w", dir.File("ws"), "--format", format, "-o", exported);
        var reimport = CliRun.Of("map", exported, "--json");

        Assert.Equal(CliApp.Ok, export.ExitCode);
        Assert.Contains("wrote 3 rows", export.Out, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, reimport.ExitCode);
        Assert.Contains("\"num_cases\": 2", reimport.Out, StringComparison.Ordinal);
        Assert.Contains("\"num_events\": 3", reimport.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "out.csv")]
    [InlineData("xes", "out.xes")]
    public void Export_to_a_dash_writes_the_same_bytes_to_standard_output_and_no_file(string format, string name)
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        Assert.Equal(CliApp.Ok, CliRun.Of("import", file, "-w", dir.File("ws")).ExitCode);
        Assert.Equal(CliApp.Ok, CliRun.Of("export", "-w", dir.File("ws"), "--format", format, "-o", dir.File(name)).ExitCode);
        var cwd = Directory.GetCurrentDirectory();

        var piped = CliRun.Of("export", "-w", dir.File("ws"), "--format", format, "-o", "-");

        Assert.True(piped.ExitCode == CliApp.Ok, piped.Error);
        Assert.Equal(File.ReadAllText(dir.File(name)), piped.Out);
        Assert.Contains("wrote 3 rows to standard output", piped.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cwd, "-")));
    }

    [Fact]
    public void Export_of_parquet_to_a_dash_asks_for_a_file()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        Assert.Equal(CliApp.Ok, CliRun.Of("import", file, "-w", dir.File("ws")).ExitCode);

        var run = CliRun.Of("export", "-w", dir.File("ws"), "--format", "parquet", "-o", "-");

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("parquet needs a file name", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Csv_export_carries_source_row_and_recognition_columns()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        CliRun.Of("import", file, "-w", dir.File("ws"));

        CliRun.Of("export", "-w", dir.File("ws"), "-o", dir.File("out.csv"));

        var header = File.ReadLines(dir.File("out.csv")).First().Split(',');
        Assert.Contains("source_row", header);
        Assert.Contains("segment", header);
        Assert.Contains("task_type", header);
    }

    [Fact]
    public void Export_of_a_missing_workspace_is_bad_input()
    {
        using var dir = new TempDir();

        var run = CliRun.Of("export", "-w", dir.File("nothing"), "-o", dir.File("x.csv"));

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("no such workspace", run.Error, StringComparison.Ordinal);
    }
}
