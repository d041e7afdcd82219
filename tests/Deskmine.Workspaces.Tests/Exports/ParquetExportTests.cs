using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Exports;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Exports;

public sealed class ParquetExportTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    private static readonly string[] RecognitionColumns = ["segment", "task_type", "task_name", "case"];

    [Fact]
    public void A_parquet_export_imports_back_with_every_field_and_the_recognition_columns()
    {
        using var dir = new TempDir();
        var path = dir.File("events.parquet");
        List<UiEvent> original;
        long rows;
        using (var ws = simulated.OpenReadOnly())
        {
            original = ws.Events.ReadEvents().ToList();
            rows = ExportRun.Run(ws, ExportRun.FormatFor(null, path), path);
        }

        var imported = ImportRun.Run(dir.File("back"), new ImportRequest { Path = path });

        Assert.Equal(simulated.EventCount, rows);
        Assert.Equal(rows, imported.Imported);
        using var back = Workspace.OpenReadOnly(dir.File("back"));
        var events = back.Events.ReadEvents().ToList();
        var withoutRecognition = events.Select(e => e with { Attrs = Strip(e.Attrs) }).ToList();
        Assert.Equal(Csv(original), Csv(withoutRecognition));
        var segments = simulated.Recognition!.Recognition.Segments.Sum(s => s.EventCount);
        Assert.Equal(segments, events.Count(e => e.Attrs?.ContainsKey("segment") == true));
        Assert.Equal(segments, events.Count(e => e.Attrs?.ContainsKey("task_type") == true));
    }

    [Fact]
    public void A_damaged_parquet_file_is_refused_by_name_and_leaves_no_workspace()
    {
        using var dir = new TempDir();
        var path = dir.File("events.parquet");
        using (var ws = simulated.OpenReadOnly())
            ExportRun.Run(ws, ExportFormat.Parquet, path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = path }));

        Assert.Equal(path, e.Source);
        Assert.Contains("not a readable Parquet file", e.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws")));
    }

    [Fact]
    public void The_format_follows_the_file_name_unless_named()
    {
        Assert.Equal(ExportFormat.Parquet, ExportRun.FormatFor(null, "out/Events.PARQUET"));
        Assert.Equal(ExportFormat.Xes, ExportRun.FormatFor(null, "out/log.xes.gz"));
        Assert.Equal(ExportFormat.Ocel, ExportRun.FormatFor(null, "out/log.xmlocel"));
        Assert.Equal(ExportFormat.Ocel, ExportRun.FormatFor(null, "out/log.jsonocel"));
        Assert.Equal(ExportFormat.Csv, ExportRun.FormatFor(null, "out/log.txt"));
        Assert.Equal(ExportFormat.Csv, ExportRun.FormatFor("csv", "out/log.parquet"));
        Assert.Throws<InvalidRequestException>(() => ExportRun.FormatFor("orc", "out/log.orc"));
    }

    private static Dictionary<string, string>? Strip(IReadOnlyDictionary<string, string>? attrs)
    {
        var kept = attrs?.Where(a => !RecognitionColumns.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value);
        return kept is { Count: > 0 } ? kept : null;
    }

    private static string Csv(IEnumerable<UiEvent> events)
    {
        var text = new StringWriter();
        CsvWriter.Write(events, text);
        return text.ToString();
    }
}
