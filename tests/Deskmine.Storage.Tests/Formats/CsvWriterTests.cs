using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class CsvWriterTests
{
    [Fact]
    public void Writes_every_schema_field_and_reads_back_equal_events()
    {
        var events = Enumerable.Range(0, 4).Select(Some.UiEvent).ToList();
        var text = new StringWriter();
        Assert.Equal(4, CsvWriter.Write(events, text));

        var header = text.ToString().Split('\n')[0].TrimEnd('\r');
        Assert.Equal(
            "id,session,seq,ts,duration,user,machine,team,source,kind,app,window,url,target_role,target_name,target_id,target_path,x,y,value,value_hash,case_id,activity,source_row,attrs",
            header);
        var back = DeskmineCsvReader.Read(new StringReader(text.ToString()), "export.csv").ToList();
        Assert.Equal(events.Count, back.Count);
        for (var i = 0; i < events.Count; i++)
            Some.EqualEvents(events[i], back[i]);
    }

    [Fact]
    public void Extra_columns_follow_the_schema_and_come_back_as_attrs()
    {
        var events = Enumerable.Range(0, 2).Select(Some.UiEvent).ToList();
        var options = new CsvExportOptions
        {
            ExtraColumns = ["segment", "task_type"],
            ExtraValues = e => [$"seg-{e.Seq}", e.Seq == 0 ? null : "Invoice"],
        };
        using var file = new Some.TempFile(".csv");
        CsvWriter.Write(events, file.Path, options);

        Assert.EndsWith(",attrs,segment,task_type", File.ReadLines(file.Path).First(), StringComparison.Ordinal);
        Assert.Equal(LogFormats.Deskmine, LogFormats.Detect(file.Path));
        var back = LogReaders.Open(file.Path).ToList();
        Assert.Equal("seg-0", back[0].Attrs!["segment"]);
        Assert.False(back[0].Attrs!.ContainsKey("task_type"));
        Assert.Equal("Invoice", back[1].Attrs!["task_type"]);
    }

    [Fact]
    public void An_empty_export_still_has_its_header()
    {
        var text = new StringWriter();
        Assert.Equal(0, CsvWriter.Write([], text));
        Assert.StartsWith("id,session,seq,ts", text.ToString(), StringComparison.Ordinal);
        Assert.Empty(DeskmineCsvReader.Read(new StringReader(text.ToString()), "empty.csv"));
    }

    [Fact]
    public void Extra_columns_without_values_are_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => CsvWriter.Write([], new StringWriter(), new CsvExportOptions { ExtraColumns = ["segment"] }));

    [SkippableFact]
    public void Imported_logs_round_trip_through_the_csv_export()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = ActionLoggerReader.Read(SharedData.Path("uilogs/leno/StudentRecord.csv"))
            .Concat(CsvEventReader.Read(SharedData.Path("eventlogs/logs/receipt.csv")))
            .ToList();
        var text = new StringWriter();
        CsvWriter.Write(events, text);
        var back = DeskmineCsvReader.Read(new StringReader(text.ToString()), "export.csv").ToList();
        Assert.Equal(events.Count, back.Count);
        for (var i = 0; i < events.Count; i++)
            Some.EqualEvents(events[i], back[i]);
        Assert.Contains(back, e => e.Kind == EventKinds.Paste);
    }
}
