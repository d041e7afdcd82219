using Deskmine.Core;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class CsvMappingTests
{
    private const string WindowTracker = "App;Title;Begin;End;Project\n"
        + "Outlook;Inbox;6-3-2023 08:32;6-3-2023 08:40;P1\n"
        + "Excel;Budget.xlsx;6-3-2023 08:40;6-3-2023 09:05;P1\n"
        + "Chrome;SAP Fiori;13-3-2023 09:05;13-3-2023 09:07;\n";

    private static readonly CsvMapping WindowMapping =
        new CsvMapping { TimestampFormats = ["d-M-yyyy HH:mm"] }.WithColumns("ts=Begin,end=End,app=App,window=Title");

    private static List<UiEvent> Read(string csv, CsvMapping mapping) =>
        [.. CsvEventReader.Read(new StringReader(csv), "tracker.csv", new ImportOptions { Mapping = mapping })];

    private static long Utc(int y, int mo, int d, int h, int mi) => Timestamps.ToMicros(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.Zero));

    [Fact]
    public void Reads_a_window_tracker_export_with_semicolons_day_first_times_and_end_columns_as_intervals()
    {
        var events = Read(WindowTracker, WindowMapping);

        Assert.Equal(3, events.Count);
        Assert.Equal(["Outlook", "Excel", "Chrome"], events.Select(e => e.App));
        Assert.Equal(["Inbox", "Budget.xlsx", "SAP Fiori"], events.Select(e => e.Window));
        Assert.Equal(Utc(2023, 3, 6, 8, 32), events[0].Ts);
        Assert.Equal(Utc(2023, 3, 13, 9, 5), events[2].Ts); // day first: 13 cannot be a month
        Assert.Equal([8 * 60_000_000L, 25 * 60_000_000L, 2 * 60_000_000L], events.Select(e => e.Duration!.Value));
        Assert.All(events, e => Assert.Equal(EventKinds.AppSwitch, e.Kind));
        Assert.All(events, e => Assert.Null(e.CaseId));
        Assert.Equal("P1", events[0].Attrs!["Project"]);
        Assert.DoesNotContain("Begin", events[0].Attrs!.Keys);
        Assert.Null(events[2].Attrs);
    }

    [Fact]
    public void A_time_zone_places_naive_times_and_keeps_stated_offsets()
    {
        const string csv = "case,activity,time\nc,a,2023-03-06 08:32:00\nc,b,2023-07-06 08:32:00\nc,c,2023-07-06 08:32:00+00:00\n";
        var events = Read(csv, new CsvMapping { TimeZone = "Europe/Berlin" });
        Assert.Equal([Utc(2023, 3, 6, 7, 32), Utc(2023, 7, 6, 6, 32), Utc(2023, 7, 6, 8, 32)], events.Select(e => e.Ts!.Value));
    }

    [Fact]
    public void Several_formats_are_tried_in_order()
    {
        const string csv = "case,activity,time\nc,a,06.03.2023 08:32\nc,b,06.03.2023 08:32:30\n";
        var events = Read(csv, new CsvMapping { TimestampFormats = ["dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss"] });
        Assert.Equal(Utc(2023, 3, 6, 8, 32) + 30_000_000, events[1].Ts);
    }

    [Fact]
    public void A_bad_time_names_the_column_the_line_and_the_data_row_and_suggests_a_format()
    {
        var e = Assert.Throws<InputException>(() => Read(WindowTracker, WindowMapping with { TimestampFormats = null }));
        Assert.Equal("Begin", e.Column);
        Assert.Equal(2, e.Line);
        Assert.Contains("data row 1", e.Problem, StringComparison.Ordinal);
        Assert.Contains("'d-M-yyyy HH:mm' (day first)", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_its_start_is_an_error_at_its_row_naming_the_end_column()
    {
        var csv = WindowTracker.Replace("6-3-2023 09:05;P1", "6-3-2023 08:05;P1", StringComparison.Ordinal);
        var e = Assert.Throws<InputException>(() => Read(csv, WindowMapping));
        Assert.Equal("End", e.Column);
        Assert.Equal(3, e.Line);
        Assert.Contains("data row 2", e.Problem, StringComparison.Ordinal);
        Assert.Contains("before the start", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_named()
    {
        var e = Assert.Throws<InputException>(() => Read(WindowTracker, WindowMapping.WithColumns("window=Caption")));
        Assert.Equal("Caption", e.Column);
        Assert.Contains("window title", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_desktop_columns_case_and_activity_stay_required()
    {
        var e = Assert.Throws<InputException>(() => Read("Begin;Step\n2023-03-06 08:00;a\n", new CsvMapping().WithColumns("ts=Begin,activity=Step")));
        Assert.Contains("case id", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ts")]
    [InlineData("ts=Begin,ts=Start")]
    [InlineData("colour=Red")]
    [InlineData("app=")]
    public void A_malformed_column_list_is_refused(string spec) =>
        Assert.Throws<ArgumentException>(() => new CsvMapping().WithColumns(spec));

    [Theory]
    [InlineData("tab", '\t')]
    [InlineData(";", ';')]
    [InlineData("pipe", '|')]
    public void Delimiters_are_read_by_character_or_name(string text, char expected) =>
        Assert.Equal(expected, CsvMapping.ParseDelimiter(text));

    [Fact]
    public void An_unknown_time_zone_is_refused_before_reading() =>
        Assert.Throws<ArgumentException>(() => Read(WindowTracker, WindowMapping with { TimeZone = "Mars/Olympus" }));

    [Fact]
    public void A_mapping_file_gives_the_same_events_and_round_trips_through_json()
    {
        var json = """
            {
              // the tracker at the front desk
              "columns": { "ts": "Begin", "end": "End", "app": "App", "window": "Title" },
              "delimiter": ";",
              "timestampFormats": ["d-M-yyyy HH:mm"],
            }
            """;
        var loaded = CsvMapping.Parse(System.Text.Encoding.UTF8.GetBytes(json), "tracker.mapping.json");
        Assert.Equal(';', loaded.Delimiter);
        var fromFile = Read(WindowTracker, loaded);
        var fromCode = Read(WindowTracker, WindowMapping);
        Assert.Equal(fromCode.Select(e => (e.Ts, e.Duration, e.App, e.Window)), fromFile.Select(e => (e.Ts, e.Duration, e.App, e.Window)));
        var again = CsvMapping.Parse(System.Text.Encoding.UTF8.GetBytes(loaded.ToJson()), "saved.json");
        Assert.Equal(loaded.ToJson(), again.ToJson());
    }

    [Theory]
    [InlineData("{ \"columns\": { \"colour\": \"Red\" } }", 1, "columns.colour")]
    [InlineData("{\n \"delimiter\": \";\",\n \"timezones\": \"UTC\" }", 3, "timezones")]
    [InlineData("{\n \"columns\": [\"ts\"] }", 2, "columns")]
    public void A_bad_mapping_file_names_the_line_and_the_property(string json, int line, string property)
    {
        var e = Assert.Throws<InputException>(() => CsvMapping.Parse(System.Text.Encoding.UTF8.GetBytes(json), "m.json"));
        Assert.Equal(line, e.Line);
        Assert.Equal(property, e.Column);
    }
}
