using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Tests.Formats;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class ChunkedAppendTests
{
    // A ring of a few chunks (the product's holds 256), and more rows than it holds, so that the worker waits for
    // returned chunks at least once.
    private const int Ring = 4;
    private static readonly int ManyEvents = (3 * Ring * EventChunkWriter.ChunkCapacity) + 17;

    [SkippableTheory]
    [InlineData("eventlogs/logs/running-example.csv")]
    [InlineData("eventlogs/logs/receipt.csv")]
    [InlineData("eventlogs/logs/roadtraffic100traces.csv")]
    [InlineData("eventlogs/logs/interval_event_log.xes")]
    [InlineData("eventlogs/logs/08_receipt.xes.gz")]
    [InlineData("eventlogs/logs/11_tickets.xes.gz")]
    public void A_reference_log_read_lazily_is_stored_as_the_same_events_given_as_a_list(string log)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        // Read once: every read draws fresh event ids.
        var events = LogReaders.Open(SharedData.Path(log)).ToList();

        var viaList = StoreAndReadBack(events);
        var viaWorker = StoreAndReadBack(events.Select(e => e));

        Assert.Equal(events.Count, viaWorker.Count);
        AssertSameEvents(viaList, viaWorker);
        AssertSameEvents(events, viaWorker);
    }

    [Fact]
    public void A_long_lazy_source_keeps_order_attributes_and_progress()
    {
        ChunkedAppend.DepthOverride.Value = Ring;
        var events = Enumerable.Range(0, ManyEvents).Select(Numbered).ToList();
        var reports = new List<long>();
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);

        var stored = ws.Events.Append(events.Select(e => e), new SyncProgress(reports.Add));

        Assert.Equal(ManyEvents, stored);
        Assert.Equal(Enumerable.Range(1, ManyEvents / DuckDbEventStore.ProgressInterval).Select(i => (long)i * DuckDbEventStore.ProgressInterval).Append(ManyEvents), reports);
        AssertSameEvents(events, ws.Events.ReadEvents().ToList());
        var log = ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported });
        Assert.Equal(ManyEvents, log.EventCount);
        Assert.Equal(Enumerable.Range(0, 97).Select(i => "case-" + i).Order(StringComparer.Ordinal), log.CaseIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_invalid_event_deep_in_a_lazy_source_names_its_number_and_stores_nothing_of_the_call()
    {
        ChunkedAppend.DepthOverride.Value = Ring;
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.Append([Some.ImportedEvent("kept", "A", 1)]);
        var bad = ManyEvents - 5;
        var batch = Enumerable.Range(0, ManyEvents).Select(i => i == bad ? Numbered(i) with { Source = null! } : Numbered(i));

        var error = Assert.Throws<InputException>(() => ws.Events.Append(batch));

        Assert.Equal(bad + 1, error.Line);
        Assert.Equal("source", error.Column);
        Assert.Contains(temp.Path, error.Source, StringComparison.Ordinal);
        Assert.Equal(1, ws.Events.Count());
        // The codes handed out by the failed call are forgotten: the next case gets code 1, right after "kept".
        ws.Events.Append(new[] { Some.ImportedEvent("next", "B", 2) }.Select(e => e));
        var log = ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported });
        Assert.Equal(["kept", "next"], log.CaseIds);
        Assert.Equal(["A", "B"], log.ActivityNames);
    }

    [Fact]
    public void A_bad_row_late_in_an_imported_file_names_the_file_and_line_and_stores_nothing()
    {
        ChunkedAppend.DepthOverride.Value = Ring;
        using var temp = new TempWorkspace();
        var csv = Path.Combine(temp.Path, "log.csv");
        var badLine = ManyEvents - 3;
        File.WriteAllLines(csv, Enumerable.Range(1, ManyEvents).Select(line => line == 1 ? "case_id,activity,timestamp"
            : line == badLine ? $"c{line % 50},A,not a time" : $"c{line % 50},A{line % 7},2024-03-01T10:{line / 3600 % 60:00}:{line % 60:00}Z"));
        using var ws = Workspace.Open(Path.Combine(temp.Path, "ws"));

        var error = Assert.Throws<InputException>(() => ws.Events.Append(LogReaders.Open(csv)));

        Assert.Equal(csv, error.Source);
        Assert.Equal(badLine, error.Line);
        Assert.Equal(0, ws.Events.Count());
    }

    [Fact]
    public void A_lazy_append_gives_the_database_its_threads_back_after_success_and_failure()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path, new WorkspaceOptions { Threads = 3 });
        var store = Assert.IsType<DuckDbEventStore>(ws.Events);

        ws.Events.Append(Enumerable.Range(0, 100).Select(Numbered));
        Assert.Equal(3L, Convert.ToInt64(store.Scalar("SELECT current_setting('threads')"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<InputException>(() => ws.Events.Append(Enumerable.Range(0, 100).Select(i => i == 50 ? Numbered(i) with { Kind = null! } : Numbered(i))));
        Assert.Equal(3L, Convert.ToInt64(store.Scalar("SELECT current_setting('threads')"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(100, ws.Events.Count());
    }

    private static UiEvent Numbered(int i) => Some.ImportedEvent("case-" + (i % 97), "A" + (i % 13), 1_700_000_000_000_000 + i, user: i % 5 == 0 ? null : "u" + (i % 3), row: i) with
    {
        Seq = i,
        Value = i % 4 == 0 ? null : "a value longer than twelve bytes " + i,
        Attrs = i % 3 == 0 ? null : new Dictionary<string, string> { ["amount"] = (i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static List<UiEvent> StoreAndReadBack(IEnumerable<UiEvent> events)
    {
        using var temp = new TempWorkspace();
        using (var ws = Workspace.Open(temp.Path))
            ws.Events.Append(events);
        using var reopened = Workspace.OpenReadOnly(temp.Path);
        return reopened.Events.ReadEvents().ToList();
    }

    private static void AssertSameEvents(IReadOnlyList<UiEvent> expected, IReadOnlyList<UiEvent> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Attrs = null }, actual[i] with { Attrs = null });
            Assert.Equal(Pairs(expected[i]), Pairs(actual[i]));
        }

        static List<KeyValuePair<string, string>> Pairs(UiEvent e) => e.Attrs is { Count: > 0 } a ? [.. a.OrderBy(p => p.Key, StringComparer.Ordinal)] : [];
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
