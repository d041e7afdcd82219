using System.Text.Json;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

public sealed class OcelParquetCommandTests
{
    [SkippableFact]
    public void An_ocel_log_imports_maps_per_object_type_and_exports_as_sqlite()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var source = SharedData.PathOf("data/ocel/ocel20_example.jsonocel");

        var import = CliRun.Of("import", source, "-w", dir.File("ws"));
        var map = CliRun.Of("map", dir.File("ws"), "--object-type", "Purchase Order", "--json");
        var export = CliRun.Of("export", "-w", dir.File("ws"), "--format", "ocel", "-o", dir.File("back.sqlite"));
        var back = CliRun.Of("map", dir.File("back.sqlite"), "--object-type", "Purchase Order", "--json");

        Assert.Equal(CliApp.Ok, import.ExitCode);
        Assert.Contains("imported 13 events", import.Out, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, map.ExitCode);
        using var json = JsonDocument.Parse(map.Out);
        Assert.Equal(2, json.RootElement.GetProperty("num_cases").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("num_events").GetInt32());
        Assert.Equal(CliApp.Ok, export.ExitCode);
        Assert.Contains($"wrote 13 events to {dir.File("back.sqlite")}", export.Out, StringComparison.Ordinal);
        Assert.Equal(map.Out, back.Out);
    }

    [Fact]
    public void An_unknown_object_type_is_an_error_that_lists_the_types()
    {
        using var dir = new TempDir();
        var file = dir.File("log.jsonocel");
        File.WriteAllText(file, """
            {"objectTypes":[{"name":"Order","attributes":[]}],"eventTypes":[{"name":"Place","attributes":[]}],
             "objects":[{"id":"o1","type":"Order"}],
             "events":[{"id":"e1","type":"Place","time":"2024-01-01T08:00:00Z","relationships":[{"objectId":"o1","qualifier":""}]}]}
            """);

        var run = CliRun.Of("map", file, "--object-type", "Invoice");

        Assert.NotEqual(CliApp.Ok, run.ExitCode);
        Assert.Contains("no objects of type 'Invoice'; its object types are: 'Order'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_is_chosen_by_the_file_name_both_ways()
    {
        using var dir = new TempDir();
        var csv = dir.File("log.csv");
        File.WriteAllText(csv, "case_id,activity,timestamp\n1,register,2024-01-01 08:00:00\n1,check,2024-01-01 09:00:00\n");
        CliRun.Of("import", csv, "-w", dir.File("ws"));

        var export = CliRun.Of("export", "-w", dir.File("ws"), "-o", dir.File("out.parquet"));
        var import = CliRun.Of("import", dir.File("out.parquet"), "-w", dir.File("back"));
        var map = CliRun.Of("map", dir.File("back"), "--json");

        Assert.Equal(CliApp.Ok, export.ExitCode);
        Assert.Contains($"wrote 2 rows to {dir.File("out.parquet")}", export.Out, StringComparison.Ordinal);
        Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(dir.File("out.parquet"))[..4]));
        Assert.Contains("imported 2 events", import.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(map.Out);
        Assert.Equal(1, json.RootElement.GetProperty("num_cases").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("num_events").GetInt32());
    }
}
