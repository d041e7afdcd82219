using Deskmine.Core;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class ActivityWatchReaderTests
{
    private static long Utc(string iso) => Timestamps.ToMicros(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void An_export_gives_window_web_and_away_periods_in_time_order_as_intervals()
    {
        var events = ActivityWatchReader.Read(Some.Fixture("activitywatch-export.json")).ToList();

        // 4 window + 2 web + 1 afk period; the two not-afk periods are the complement of idle and are not events.
        Assert.Equal(7, events.Count);
        Assert.Equal(events.OrderBy(e => e.Ts).Select(e => e.Id), events.Select(e => e.Id));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => (long)i), events.Select(e => e.Seq));

        var outlook = events.Single(e => e.App == "OUTLOOK.EXE");
        Assert.Equal(EventKinds.AppSwitch, outlook.Kind);
        Assert.Equal("Inbox - ann.miller@example.com - Outlook", outlook.Window);
        Assert.Equal(Utc("2023-03-06T07:32:10.12Z"), outlook.Ts);
        Assert.Equal(470_884_000, outlook.Duration);
        Assert.Equal("desk-ann", outlook.Machine);
        Assert.Equal("aw-watcher-window_desk-ann", outlook.Attrs!["aw.bucket"]);

        var page = events.Single(e => e.Url is { } u && u.EndsWith("4711", StringComparison.Ordinal));
        Assert.Equal(EventKinds.Navigate, page.Kind);
        Assert.Equal("chrome", page.App);
        Assert.Equal("Invoice 4711 - SAP Fiori", page.Window);
        Assert.Equal("7", page.Attrs!["tabCount"]);
        Assert.Equal("false", page.Attrs["incognito"]);

        var away = Assert.Single(events, e => e.Kind == EventKinds.Idle);
        Assert.Equal(312_500_000, away.Duration);
        Assert.Equal(ActivityWatchReader.SourceName, away.Source);
        Assert.Equal("activitywatch-export.json", away.Session);
    }

    [Fact]
    public void One_buckets_event_list_is_read_with_the_watcher_inferred_from_its_data()
    {
        var events = ActivityWatchReader.Read(Some.Fixture("activitywatch-window-events.json")).ToList();
        Assert.Equal(["OUTLOOK.EXE", "chrome.exe"], events.Select(e => e.App));
        Assert.All(events, e => Assert.Equal(EventKinds.AppSwitch, e.Kind));
        Assert.Equal(63_998_000, events[1].Duration);
    }

    [Fact]
    public void The_format_is_detected_and_opened_by_name()
    {
        Assert.Equal(LogFormats.ActivityWatch, LogFormats.Detect(Some.Fixture("activitywatch-export.json")));
        Assert.Equal(7, LogReaders.Open(Some.Fixture("activitywatch-export.json")).Count());
    }

    [Theory]
    [InlineData("{\"buckets\": {\"b\": {\"type\": \"currentwindow\", \"events\": [{\"duration\": 1, \"data\": {}}]}}}", "$.buckets['b'].events[0].timestamp")]
    [InlineData("[{\"timestamp\": \"yesterday\", \"duration\": 1, \"data\": {\"app\": \"x\"}}]", "$[0].timestamp")]
    [InlineData("[{\"timestamp\": \"2023-03-06T07:32:10Z\", \"duration\": -4, \"data\": {\"app\": \"x\"}}]", "$[0].duration")]
    [InlineData("{\"name\": \"not an export\"}", "$")]
    public void Bad_input_names_the_json_path(string json, string path)
    {
        var e = Assert.Throws<InputException>(() =>
            ActivityWatchReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "aw.json").ToList());
        Assert.Equal(path, e.Column);
    }

    [Fact]
    public void Broken_json_names_its_line()
    {
        var e = Assert.Throws<InputException>(() =>
            ActivityWatchReader.Read(new MemoryStream("[\n{\"timestamp\": \n"u8.ToArray()), "aw.json").ToList());
        Assert.NotNull(e.Line);
        Assert.Contains("not valid JSON", e.Problem, StringComparison.Ordinal);
    }
}
