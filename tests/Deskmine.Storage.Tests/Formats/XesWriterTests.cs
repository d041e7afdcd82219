using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class XesWriterTests
{
    [Fact]
    public void Xes_read_then_written_reads_back_equal_events()
    {
        var events = XesReader.Read(Some.Fixture("small.xes")).ToList();
        using var file = new Some.TempFile(".xes");
        Assert.Equal(3, XesWriter.Write(events, file.Path, new XesExportOptions { Provenance = true }));
        var back = XesReader.Read(file.Path).ToList();
        Assert.Equal(events.Count, back.Count);
        for (var i = 0; i < events.Count; i++)
            Some.EqualEvents(events[i], back[i]);
    }

    [SkippableFact]
    public void A_shared_log_round_trips_through_gzip_xes()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = XesReader.Read(SharedData.Path("eventlogs/logs/08_receipt.xes.gz")).ToList();
        using var file = new Some.TempFile(".xes.gz");
        XesWriter.Write(events, file.Path, new XesExportOptions { Provenance = true });
        Assert.True(XesReader.IsGzip(File.OpenRead(file.Path)));
        var back = XesReader.Read(file.Path).ToList();
        Assert.Equal(events.Count, back.Count);
        for (var i = 0; i < events.Count; i++)
            Some.EqualEvents(events[i], back[i]);
    }

    [Fact]
    public void Ui_events_keep_every_field_with_the_resource_added_as_org_resource()
    {
        var events = Enumerable.Range(0, 4).Select(Some.UiEvent).ToList();
        var stream = new MemoryStream();
        XesWriter.Write(events, stream);
        stream.Position = 0;
        var back = XesReader.Read(stream, "ui.xes").ToList();
        Assert.Equal(["case-a", "case-a", "case-b", "case-b"], back.Select(e => e.CaseId));
        for (var i = 0; i < events.Count; i++)
        {
            var expected = events[i] with { Attrs = new Dictionary<string, string>(events[i].Attrs!) { ["org:resource"] = "u1" } };
            Some.EqualEvents(expected, back[i]);
        }
    }

    [Fact]
    public void Events_without_activity_or_case_get_a_composed_label_and_their_session_as_trace()
    {
        var e = Some.UiEvent(0) with { Activity = null, CaseId = null, Attrs = new Dictionary<string, string> { ["eventType"] = "clickButton" } };
        Assert.Equal("clickButton Chrome OK \"now\"", XesWriter.DefaultActivity(e));
        var stream = new MemoryStream();
        XesWriter.Write([e], stream);
        stream.Position = 0;
        var back = Assert.Single(XesReader.Read(stream, "ui.xes"));
        Assert.Equal("s-1", back.CaseId);
        Assert.Equal("clickButton Chrome OK \"now\"", back.Activity);
    }

    [Fact]
    public void A_custom_case_key_groups_the_traces()
    {
        var events = Enumerable.Range(0, 4).Select(Some.UiEvent).ToList();
        var stream = new MemoryStream();
        XesWriter.Write(events, stream, new XesExportOptions { CaseOf = e => e.Seq % 2 == 0 ? "even" : "odd" });
        stream.Position = 0;
        var back = XesReader.Read(stream, "ui.xes").ToList();
        Assert.Equal(["even", "even", "odd", "odd"], back.Select(e => e.CaseId));
        Assert.Equal([0L, 2L, 1L, 3L], back.Select(e => e.Seq));
    }
}
