using System.IO.Compression;
using System.Text;
using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class XesFaithfulTests
{
    private static List<UiEvent> ReadText(string xes, ImportOptions? options = null) =>
        [.. XesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xes)), "t.xes", options)];

    private static string WriteText(IEnumerable<UiEvent> events, XesExportOptions? options = null)
    {
        var stream = new MemoryStream();
        XesWriter.Write(events, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Log(string events) => $"<log xes.version=\"1849-2016\"><trace><string key=\"concept:name\" value=\"c1\"/>{events}</trace></log>";

    [Fact]
    public void Offsets_and_types_are_written_back_as_the_file_stated_them()
    {
        var events = XesReader.Read(Some.Fixture("small.xes")).ToList();
        var text = WriteText(events);

        Assert.Contains("<date key=\"time:timestamp\" value=\"2010-12-30T14:32:00.000+01:00\" />", text, StringComparison.Ordinal);
        Assert.Contains("<date key=\"time:timestamp\" value=\"2010-12-31T09:00:00.000Z\" />", text, StringComparison.Ordinal);
        Assert.Contains("<date key=\"REG_DATE\" value=\"2011-10-01T00:38:44.546+02:00\" />", text, StringComparison.Ordinal);
        Assert.Contains("<int key=\"cost\" value=\"50\" />", text, StringComparison.Ordinal);
        Assert.Contains("<float key=\"weight\" value=\"1.5\" />", text, StringComparison.Ordinal);
        Assert.Contains("<boolean key=\"urgent\" value=\"true\" />", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xes:types", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xes:offset", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Applied_offsets_give_the_same_instant_in_utc()
    {
        var xes = Log("<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" value=\"2011-10-01T00:38:44.546+02:00\"/></event>");
        var e = Assert.Single(ReadText(xes, new ImportOptions { Offsets = TimeOffsets.Apply }));
        Assert.Contains("value=\"2011-09-30T22:38:44.546Z\"", WriteText([e]), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_are_read_with_their_item_type_and_written_back()
    {
        var xes = Log("<event><string key=\"concept:name\" value=\"a\"/>"
            + "<list key=\"codes\"><values><int key=\"code\" value=\"7\"/><int key=\"code\" value=\"9\"/></values></list>"
            + "<list key=\"tags\"><string key=\"t\" value=\"x, y\"/></list></event>");
        var e = Assert.Single(ReadText(xes));
        Assert.Equal("[\"7\",\"9\"]", e.Attrs!["codes"]);
        Assert.Equal("[\"x, y\"]", e.Attrs["tags"]);
        Assert.Equal("list:int", XesTypes.Of(e.Attrs)["codes"]);
        Assert.Equal("list", XesTypes.Of(e.Attrs)["tags"]);

        var back = Assert.Single(ReadText(WriteText([e])));
        Some.EqualEvents(e, back with { Session = e.Session }, compareIds: false);
    }

    [Fact]
    public void Intervals_are_written_as_start_and_complete_pairs_and_read_back_as_one_interval()
    {
        var start = Timestamps.ToMicros(new DateTimeOffset(2015, 1, 15, 16, 54, 59, 500, TimeSpan.Zero));
        var e = new UiEvent
        {
            Id = Guid.CreateVersion7(), Session = "s", Source = "import:xes", Kind = EventKinds.Activity, CaseId = "c1",
            Activity = "pay", Ts = start, Duration = 295_500_000, Attrs = new Dictionary<string, string> { [XesTypes.OffsetKey] = "+01:00" },
        };
        var text = WriteText([e]);

        Assert.Contains("<string key=\"lifecycle:transition\" value=\"start\" />", text, StringComparison.Ordinal);
        Assert.Contains("<string key=\"lifecycle:transition\" value=\"complete\" />", text, StringComparison.Ordinal);
        Assert.Contains("value=\"2015-01-15T16:54:59.500+01:00\"", text, StringComparison.Ordinal);
        Assert.Contains("value=\"2015-01-15T16:59:55.000+01:00\"", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("<string key=\"concept:instance\" value=\"1\" />").Length - 1);
        var back = Assert.Single(ReadText(text));
        Assert.Equal(start, back.Ts);
        Assert.Equal(295_500_000, back.Duration);
        Assert.Equal(e.Attrs, back.Attrs);
    }

    [Fact]
    public void Start_and_complete_events_of_other_logs_stay_separate_events()
    {
        var xes = Log("<event><string key=\"concept:name\" value=\"a\"/><string key=\"lifecycle:transition\" value=\"start\"/><string key=\"concept:instance\" value=\"1\"/></event>"
            + "<event><string key=\"concept:name\" value=\"a\"/><string key=\"lifecycle:transition\" value=\"complete\"/><string key=\"concept:instance\" value=\"1\"/></event>");
        Assert.Equal(2, ReadText(xes).Count);
    }

    [Fact]
    public void Globals_and_classifiers_are_declared_from_what_is_written()
    {
        var text = WriteText(XesReader.Read(Some.Fixture("small.xes")));
        Assert.Contains("<global scope=\"trace\">", text, StringComparison.Ordinal);
        Assert.Contains("<global scope=\"event\">", text, StringComparison.Ordinal);
        Assert.Contains("<string key=\"concept:name\" value=\"UNKNOWN\" />", text, StringComparison.Ordinal);
        Assert.Contains("<classifier name=\"Activity\" keys=\"concept:name\" />", text, StringComparison.Ordinal);
        Assert.Contains("<classifier name=\"Resource\" keys=\"org:resource\" />", text, StringComparison.Ordinal);
        // Only two of three events have a time: time:timestamp is not global.
        var eventGlobal = text[text.IndexOf("<global scope=\"event\">", StringComparison.Ordinal)..text.IndexOf("<classifier", StringComparison.Ordinal)];
        Assert.DoesNotContain("time:timestamp", eventGlobal, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_bookkeeping_is_left_out_unless_asked_for_and_recorded_events_keep_theirs()
    {
        var imported = XesReader.Read(Some.Fixture("small.xes")).ToList();
        var recorded = Some.UiEvent(0);
        Assert.DoesNotContain("deskmine:", WriteText(imported), StringComparison.Ordinal);
        Assert.Contains("deskmine:id", WriteText(imported, new XesExportOptions { Provenance = true }), StringComparison.Ordinal);
        Assert.Contains("deskmine:id", WriteText([recorded]), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_counts_every_event()
    {
        var counts = new List<long>();
        WriteText(Enumerable.Range(0, 4).Select(Some.UiEvent), new XesExportOptions { Progress = new Recorder(counts) });
        Assert.Equal(4, counts[^1]);
    }

    private sealed class Recorder(List<long> counts) : IProgress<long>
    {
        public void Report(long value) => counts.Add(value);
    }

    public static TheoryData<string> ReferenceLogs()
    {
        var data = new TheoryData<string>();
        if (SharedData.Root is null)
            data.Add("");
        else
            foreach (var f in Directory.EnumerateFiles(SharedData.Path("eventlogs/logs")).Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(f));
        return data;
    }

    /// <summary>
    /// import → DuckDB store → XES export → import keeps every event with its case, activity, time, duration, resource,
    /// attributes and attribute types, on every reference log (CSV ones included).
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(ReferenceLogs))]
    public void Every_reference_log_round_trips_through_the_store_and_xes(string file)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var original = LogReaders.Open(SharedData.Path($"eventlogs/logs/{file}")).ToList();
        using var store = EventStores.InMemory();
        store.Append(original);
        using var exported = new Some.TempFile(".xes.gz");
        XesWriter.Write(store.ReadEvents(), exported.Path);
        var back = XesReader.Read(exported.Path).ToList();

        // XES holds each trace in one piece: the original in trace order is what comes back.
        var expected = original.Select((e, i) => (e, i)).GroupBy(p => p.e.CaseId ?? p.e.Session)
            .SelectMany(g => g.Select(p => p.e)).ToList();
        Assert.Equal(expected.Count, back.Count);
        for (var i = 0; i < expected.Count; i++)
            AssertSameContent(expected[i], back[i], $"{file}, event {i}");
        Assert.True(original.Count(e => e.Attrs?.ContainsKey(XesTypes.TypesKey) == true) == back.Count(e => e.Attrs?.ContainsKey(XesTypes.TypesKey) == true));
    }

    [SkippableFact]
    public void The_bpic2012_export_is_no_larger_than_the_original()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var source = SharedData.Path("eventlogs/logs/bpic2012.xes.gz");
        long originalBytes;
        using (var gzip = new GZipStream(File.OpenRead(source), CompressionMode.Decompress))
        {
            var counter = new CountingStream();
            gzip.CopyTo(counter);
            originalBytes = counter.Length;
        }
        var written = new CountingStream();
        XesWriter.Write(XesReader.Read(source), written);
        Assert.True(written.Length <= originalBytes, $"export {written.Length:N0} bytes, original {originalBytes:N0} bytes");
    }

    private static void AssertSameContent(UiEvent expected, UiEvent actual, string where)
    {
        static UiEvent Content(UiEvent e) => e with { Id = Guid.Empty, Session = "", Seq = 0, SourceRow = null, Source = "", Attrs = null };
        Assert.True(Content(expected) == Content(actual), $"{where}: {Content(expected)} became {Content(actual)}");
        Assert.Equal(Attrs(expected), Attrs(actual));
    }

    // A user without an org:resource attribute comes back with both (XES has one key for the resource).
    private static SortedDictionary<string, string> Attrs(UiEvent e)
    {
        var map = new SortedDictionary<string, string>(e.Attrs?.ToDictionary() ?? [], StringComparer.Ordinal);
        if (map.TryGetValue("org:resource", out var r) && r == e.User)
            map.Remove("org:resource");
        return map;
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
