using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class DuckDbEventStoreTests
{
    [Fact]
    public void Every_field_survives_a_round_trip_through_the_file()
    {
        using var temp = new TempWorkspace();
        var full = Some.FullEvent();
        var sparse = new UiEvent { Id = Guid.CreateVersion7(), Source = "browser", Kind = EventKinds.Click };
        using (var ws = Workspace.Open(temp.Path))
            Assert.Equal(2, ws.Events.Append([full, sparse]));

        using var reopened = Workspace.OpenReadOnly(temp.Path);
        var back = reopened.Events.ReadEvents().ToList();
        Assert.Equal(2, back.Count);
        Assert.Equal(full with { Attrs = null }, back[0] with { Attrs = null });
        Assert.Equal(full.Attrs!.OrderBy(p => p.Key), back[0].Attrs!.OrderBy(p => p.Key));
        Assert.Equal(sparse, back[1]);
    }

    [Fact]
    public void Append_reports_progress_and_keeps_store_order_across_chunks()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        var events = Enumerable.Range(0, 5000).Select(i => Some.ImportedEvent("c" + (i % 7), "A" + (i % 3), i, row: i)).ToList();
        var reports = new List<long>();

        var stored = ws.Events.Append(events, new SyncProgress(reports.Add));

        Assert.Equal(5000, stored);
        Assert.Equal(5000L, reports[^1]);
        Assert.Equal(5000, ws.Events.Count());
        Assert.Equal(events.Select(e => e.Id), ws.Events.ReadEvents().Select(e => e.Id));
    }

    [Fact]
    public void A_failed_append_keeps_everything_accepted_before_and_stores_nothing_of_its_own()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.Append([Some.ImportedEvent("c1", "A", 1), Some.ImportedEvent("c1", "B", 2)]);
        var broken = Some.ImportedEvent("c9", "Z", 4) with { Kind = null! };
        var batch = Enumerable.Range(0, 3000).Select(i => Some.ImportedEvent("c2", "N" + i, i)).Append(broken);

        var error = Assert.Throws<InputException>(() => ws.Events.Append(batch));

        Assert.Equal(3001, error.Line);
        Assert.Equal("kind", error.Column);
        Assert.Equal(2, ws.Events.Count());
        ws.Events.Append([Some.ImportedEvent("c2", "C", 3)]);
        var log = ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported });
        Assert.Equal(["c1", "c2"], log.CaseIds);
        Assert.Equal(["A", "B", "C"], log.ActivityNames);
        Assert.Equal([0L, 1L, 2L], log.EventRefs);
    }

    [Fact]
    public void An_exception_from_the_source_rolls_back_the_whole_call()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.Append([Some.ImportedEvent("c1", "A", 1)]);

        Assert.Throws<FormatException>(() => ws.Events.Append(Failing()));

        Assert.Equal(1, ws.Events.Count());
        static IEnumerable<UiEvent> Failing()
        {
            yield return Some.ImportedEvent("c1", "B", 2);
            throw new FormatException("bad line");
        }
    }

    [Fact]
    public void Truth_is_stored_and_read_back()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        var truth = new[] { new TruthRecord(Guid.CreateVersion7(), "Invoice", "inv-1", "open"), new TruthRecord(Guid.CreateVersion7(), "", "", "") };

        Assert.Equal(2, ws.Events.AppendTruth(truth));

        Assert.Equal(truth, ws.Events.ReadTruth());
    }

    [Fact]
    public void Derived_results_replace_per_run_and_leave_other_runs_alone()
    {
        using var temp = new TempWorkspace();
        var id = Guid.CreateVersion7();
        using (var ws = Workspace.Open(temp.Path))
        {
            ws.Events.ReplaceDerived("run-1", [new DerivedRecord(id, "s1", "Invoice", "k1", "type amount")]);
            ws.Events.ReplaceDerived("run-2", [new DerivedRecord(id, "s9", null, null, null)]);
            ws.Events.ReplaceDerived("run-1", [new DerivedRecord(id, "s2", "Invoice", "k2", null), new DerivedRecord(id, "s3", null, null, "x")]);
            ws.Events.PutResult("map/run-1", """{"nodes":3}""");
            ws.Events.PutResult("map/run-1", """{"nodes":4}""");
        }

        using var reopened = Workspace.OpenReadOnly(temp.Path);
        Assert.Equal([new DerivedRecord(id, "s2", "Invoice", "k2", null), new DerivedRecord(id, "s3", null, null, "x")], reopened.Events.ReadDerived("run-1"));
        Assert.Equal([new DerivedRecord(id, "s9", null, null, null)], reopened.Events.ReadDerived("run-2"));
        Assert.Empty(reopened.Events.ReadDerived("run-3"));
        Assert.Equal("""{"nodes":4}""", reopened.Events.GetResult("map/run-1"));
        Assert.Null(reopened.Events.GetResult("missing"));
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
