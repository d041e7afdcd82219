using System.IO.Compression;
using System.Text;
using Deskmine.Core;
using Deskmine.Core.Errors;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class XesReaderTests
{
    public static TheoryData<string> Logs { get; } = new(
        "01_running-example.xes.gz", "02_teleclaims.xes.gz", "03_repairExample.xes.gz", "04_reviewing.xes.gz",
        "06_bpic2013_closed.xes.gz", "07_bpic2013_incidents.xes.gz", "08_receipt.xes.gz", "09_a32f0n00.xes.gz",
        "10_orders.xes.gz", "11_tickets.xes.gz", "12_roadtraffic_1t_per_variant.xes.gz", "13_SEPSIS_1t_per_variant.xes.gz",
        "14_Billing_1t_per_variant.xes.gz", "15_bpic2020_permit_log_1t_per_variant.xes.gz", "17_bpic2012_1t_per_variant.xes.gz",
        "bpic2012.xes.gz", "helpdesk.xes.gz", "interval_event_log.xes", "reviewing.xes", "roadtraffic100traces.xes",
        "roadtraffic50traces.xes", "running-example.xes");

    [SkippableTheory]
    [MemberData(nameof(Logs))]
    public void Reads_every_shared_log_with_the_reference_counts(string file)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var expected = Expected.For(file);
        // One streaming pass: the large logs are never held as a list.
        var cases = new HashSet<string?>(StringComparer.Ordinal);
        var activities = new HashSet<string?>(StringComparer.Ordinal);
        long count = 0;
        foreach (var e in XesReader.Read(SharedData.Path($"eventlogs/logs/{file}")))
        {
            Assert.Equal(count, e.SourceRow);
            cases.Add(e.CaseId);
            activities.Add(e.Activity);
            count++;
        }
        Assert.Equal(expected.Events, count);
        Assert.Equal(expected.Cases, cases.Count);
        Assert.Equal(expected.Activities.Count, activities.Count);
    }

    [SkippableFact]
    public void A_log_without_timestamps_gives_events_without_time()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = XesReader.Read(SharedData.Path("eventlogs/logs/09_a32f0n00.xes.gz")).ToList();
        Assert.All(events, e => Assert.Null(e.Ts));
    }

    [Fact]
    public void Maps_trace_and_event_attributes()
    {
        var events = XesReader.Read(Some.Fixture("small.xes")).ToList();
        Assert.Equal(3, events.Count);

        var first = events[0];
        Assert.Equal("order-1", first.CaseId);
        Assert.Equal("Register", first.Activity);
        Assert.Equal("Pete", first.User);
        Assert.Equal(XesReader.SourceName, first.Source);
        Assert.Equal("small.xes", first.Session);
        // XES times keep their clock reading by default (14:32+01:00 → 14:32), as pm4py reads them.
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2010, 12, 30, 14, 32, 0, TimeSpan.Zero)), first.Ts);
        // Types other than the default and the stated offset are kept beside the values (see XesTypes).
        Assert.Equal(new Dictionary<string, string> { ["cost"] = "int", ["weight"] = "float", ["urgent"] = "boolean", ["case:REG_DATE"] = "date" },
            XesTypes.Of(first.Attrs));
        Assert.Equal(new Dictionary<string, string>
        {
            ["xes:types"] = first.Attrs![XesTypes.TypesKey],
            ["xes:offset"] = "+01:00",
            ["org:resource"] = "Pete",
            ["lifecycle:transition"] = "complete",
            ["cost"] = "50",
            ["weight"] = "1.5",
            ["urgent"] = "true",
            ["meta"] = "outer",
            ["case:REG_DATE"] = "2011-10-01T00:38:44.546+02:00",
        }, first.Attrs);

        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2010, 12, 31, 9, 0, 0, TimeSpan.Zero)), events[1].Ts);
        // The second trace has no name: its position names it.
        Assert.Equal("1", events[2].CaseId);
        Assert.Null(events[2].Ts);
        Assert.Equal(2, events[2].SourceRow);
    }

    [Theory]
    [InlineData(TimeOffsets.Auto, 13)]
    [InlineData(TimeOffsets.Ignore, 13)]
    [InlineData(TimeOffsets.Apply, 11)]
    public void Offsets_are_dropped_unless_asked_to_apply_them(TimeOffsets offsets, int utcHour)
    {
        var e = Assert.Single(Read(Event("<date key=\"time:timestamp\" value=\"2011-10-11T13:45:40.276+02:00\"/>"), new ImportOptions { Offsets = offsets }));
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2011, 10, 11, utcHour, 45, 40, 276, TimeSpan.Zero)), e.Ts);
    }

    [Fact]
    public void An_event_with_a_start_timestamp_is_an_interval_from_start_to_completion()
    {
        var events = Read(Event(
            "<string key=\"concept:name\" value=\"pay\"/>"
            + "<date key=\"time:timestamp\" value=\"2015-01-15T16:59:55.000+01:00\"/>"
            + "<date key=\"start_timestamp\" value=\"2015-01-15T16:54:59.500+01:00\"/>"));
        var e = Assert.Single(events);
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2015, 1, 15, 16, 54, 59, 500, TimeSpan.Zero)), e.Ts);
        Assert.Equal(295_500_000L, e.Duration);
        Assert.Equal(new Dictionary<string, string> { [XesTypes.OffsetKey] = "+01:00" }, e.Attrs);
    }

    [Fact]
    public void A_start_timestamp_without_a_completion_is_the_event_time()
    {
        var e = Assert.Single(Read(Event("<date key=\"start_timestamp\" value=\"2015-01-15T16:54:59Z\"/>")));
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2015, 1, 15, 16, 54, 59, TimeSpan.Zero)), e.Ts);
        Assert.Null(e.Duration);
    }

    [Fact]
    public void A_bad_start_timestamp_names_its_line()
    {
        const string xes = "<log>\n<trace>\n<event>\n  <date key=\"start_timestamp\" value=\"soon\"/>\n</event>\n</trace>\n</log>";
        var ex = Assert.Throws<InputException>(() => XesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xes)), "bad.xes").ToList());
        Assert.Equal(4, ex.Line);
        Assert.Contains("start_timestamp 'soon'", ex.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_shared_interval_log_gives_every_event_a_start_and_a_duration()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = XesReader.Read(SharedData.Path("eventlogs/logs/interval_event_log.xes")).Take(6).ToList();
        // C1's "place order": started 09:00:07, completed 09:02:50.
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2015, 1, 5, 9, 0, 7, TimeSpan.Zero)), events[0].Ts);
        Assert.Equal(163_000_000L, events[0].Duration);
        Assert.All(events, e => Assert.True(e.Duration > 0));
    }

    private static List<Core.Events.UiEvent> Read(string xes, ImportOptions? options = null) =>
        XesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xes)), "inline.xes", options).ToList();

    private static string Event(string attributes) =>
        "<log><trace><string key=\"concept:name\" value=\"c\"/><event>" + attributes + "</event></trace></log>";

    [Fact]
    public void A_truncated_document_is_reported_at_its_end()
    {
        var text = File.ReadAllText(Some.Fixture("small.xes"));
        var cut = text[..text.IndexOf("<event>", text.IndexOf("Approve", StringComparison.Ordinal) - 80, StringComparison.Ordinal)];
        var ex = Assert.Throws<InputException>(() => XesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(cut)), "cut.xes").ToList());
        Assert.Equal("cut.xes", ex.Source);
        Assert.Equal(cut.Count(c => c == '\n') + 1, ex.Line);
        Assert.Contains("truncated", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gzip_file_is_an_input_error()
    {
        var xml = Encoding.UTF8.GetBytes(File.ReadAllText(Some.Fixture("small.xes")));
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(xml);
        var half = packed.ToArray()[..(int)(packed.Length / 2)];
        var ex = Assert.Throws<InputException>(() => XesReader.Read(new MemoryStream(half), "cut.xes.gz").ToList());
        Assert.Equal("cut.xes.gz", ex.Source);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void A_bad_date_names_its_line_and_position()
    {
        const string xes = "<log>\n<trace>\n<event>\n  <date key=\"time:timestamp\" value=\"30.12.2010\"/>\n</event>\n</trace>\n</log>";
        var ex = Assert.Throws<InputException>(() => XesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xes)), "bad.xes").ToList());
        Assert.Equal(4, ex.Line);
        Assert.Equal("4", ex.Column);
        Assert.Contains("30.12.2010", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_xes_is_rejected_at_its_root()
    {
        const string xml = "<?xml version=\"1.0\"?>\n<definitions/>";
        var ex = Assert.Throws<InputException>(() => XesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "model.bpmn").ToList());
        Assert.Equal(2, ex.Line);
        Assert.Contains("<log>", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error() =>
        Assert.Throws<InputException>(() => XesReader.Read("/no/such/file.xes"));
}
