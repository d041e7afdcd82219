using System.Globalization;
using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class DerivedLayoutTests
{
    private static readonly Guid A = Guid.CreateVersion7(), B = Guid.CreateVersion7(), C = Guid.CreateVersion7(), D = Guid.CreateVersion7();

    // What a workspace held before derived rows were numbered: one row of texts per event, an event twice, nulls.
    private static readonly DerivedRecord[] OldRows =
    [
        new(C, "s2", "Invoice", "k2", "click 'Post'"),
        new(A, "s1", "Invoice", "k1", "type amount"),
        new(B, null, null, null, "type amount"),
        new(A, "s1", "Invoice", "k1", null),
        new(D, null, "Invoice", null, null),
    ];

    [Fact]
    public void Numbered_rows_read_back_as_the_records_given_in_their_order()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        var store = (DuckDbEventStore)ws.Events;

        Assert.Equal(5, store.ReplaceDerived("run", OldRows));

        Assert.Equal(OldRows, store.ReadDerived("run"));
        // Each segment and label text is stored once; the view gives SQL readers one row per event, as before.
        Assert.Equal(3L, Count(store, "SELECT count(*) FROM derived_segments"));
        Assert.Equal(2L, Count(store, "SELECT count(*) FROM derived_labels"));
        Assert.Equal(2L, Count(store, "SELECT count(*) FROM derived WHERE label = 'type amount'"));
        Assert.Equal(1L, Count(store, "SELECT count(*) FROM derived WHERE segment IS NULL AND task_type = 'Invoice'"));
    }

    [Fact]
    public void A_row_naming_a_segment_or_label_the_run_lacks_is_refused_and_the_stored_run_stays()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.ReplaceDerived("run", OldRows);
        var bad = new DerivedRun
        {
            Rows = [new DerivedRow(A, 0, -1), new DerivedRow(B, 1, 0)],
            Segments = [new DerivedSegment("s1", "Invoice", "k1")],
            Labels = ["type amount"],
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ws.Events.ReplaceDerived("run", bad));

        Assert.Contains("segment 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(OldRows, ws.Events.ReadDerived("run"));
    }

    [Fact]
    public void A_workspace_of_the_earlier_layout_is_read_as_it_is_and_moved_over_when_opened_for_writing()
    {
        using var temp = new TempWorkspace();
        using (var ws = Workspace.Open(temp.Path))
        {
            var store = (DuckDbEventStore)ws.Events;
            store.Execute("DROP VIEW derived");
            foreach (var table in new[] { "derived_events", "derived_segments", "derived_labels", "derived_runs" })
                store.Execute($"DROP TABLE {table}");
            store.Execute("CREATE TABLE derived (event_id UUID NOT NULL, run VARCHAR NOT NULL, segment VARCHAR, task_type VARCHAR, case_id VARCHAR, label VARCHAR)");
            foreach (var (d, run) in OldRows.Select(d => (d, "run")).Append((new DerivedRecord(A, "s7", null, null, "other"), "other")))
                store.Execute("INSERT INTO derived VALUES (?, ?, ?, ?, ?, ?)", d.EventId, run, Db(d.Segment), Db(d.TaskType), Db(d.CaseId), Db(d.Label));
        }

        using (var readOnly = Workspace.OpenReadOnly(temp.Path))
            Assert.Equal(OldRows, readOnly.Events.ReadDerived("run"));

        using (var ws = Workspace.Open(temp.Path))
        {
            var store = (DuckDbEventStore)ws.Events;
            Assert.Equal(0L, Count(store, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'derived'"));
            Assert.Equal(OldRows, store.ReadDerived("run"));
            Assert.Equal([new DerivedRecord(A, "s7", null, null, "other")], store.ReadDerived("other"));
            Assert.Equal(6L, Count(store, "SELECT count(*) FROM derived"));
        }
    }

    [Fact]
    public void Removing_a_person_removes_the_segment_and_label_texts_only_their_events_had()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        var store = (DuckDbEventStore)ws.Events;
        var kept = Some.DesktopEvent("s1", 1, "excel", "click", "Save", 1_000, user: "u1");
        var erased = Some.DesktopEvent("s2", 1, "excel", "click", "Save", 2_000, user: "u2");
        ws.Events.Append([kept, erased]);
        ws.Events.ReplaceDerived("run",
        [
            new DerivedRecord(kept.Id, "s1", "Invoice", "k1", "click 'Save'"),
            new DerivedRecord(erased.Id, "s2", "Invoice", "case of u2", "type 'IBAN DE44 5001 0517 5407 3249 31'"),
        ]);

        Assert.Equal(1, ws.Events.RemoveUser("u2"));

        Assert.Equal([new DerivedRecord(kept.Id, "s1", "Invoice", "k1", "click 'Save'")], ws.Events.ReadDerived("run"));
        Assert.Equal(0L, Count(store, "SELECT count(*) FROM derived_labels WHERE label LIKE '%IBAN%'"));
        Assert.Equal(0L, Count(store, "SELECT count(*) FROM derived_segments WHERE case_id = 'case of u2'"));
    }

    private static object Db(string? text) => (object?)text ?? DBNull.Value;

    private static long Count(DuckDbEventStore store, string sql) => Convert.ToInt64(store.Scalar(sql), CultureInfo.InvariantCulture);
}
