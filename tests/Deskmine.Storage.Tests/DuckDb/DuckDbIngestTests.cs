using Deskmine.Core.Events;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class DuckDbIngestTests : IDisposable
{
    private readonly TempWorkspace _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AppendNew_stores_only_ids_not_seen_before_even_within_one_batch()
    {
        using var ws = Workspace.Open(_dir.Path);
        var first = Enumerable.Range(0, 5).Select(i => Some.DesktopEvent("s", i, "app", EventKinds.Click, "ok", 1_000 + i)).ToList();
        Assert.Equal(5, ws.Events.AppendNew(first));
        Assert.Equal(0, ws.Events.AppendNew(first));
        var next = Some.DesktopEvent("s", 5, "app", EventKinds.Click, "ok", 2_000);
        Assert.Equal(1, ws.Events.AppendNew([first[2], next, next]));
        Assert.Equal(6, ws.Events.Count());
        Assert.Equal(6, ws.Events.ReadEvents().Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void ReadSessions_reports_missing_ranges_from_zero_and_repeated_numbers()
    {
        using var ws = Workspace.Open(_dir.Path);
        long[] seqs = [2, 3, 4, 4, 8, 10];
        ws.Events.Append(seqs.Select(s => Some.DesktopEvent("a", s, "app", EventKinds.Click, null, s)).ToList());
        ws.Events.Append([Some.DesktopEvent("b", 0, "app", EventKinds.Click, null, 1)]);
        var sessions = ws.Events.ReadSessions();
        var a = sessions.Single(s => s.Session == "a");
        Assert.Equal((6L, 5L, 2L, 10L), (a.Events, a.DistinctSeqs, a.FirstSeq, a.LastSeq));
        Assert.Equal([new SeqRange(0, 1), new SeqRange(5, 7), new SeqRange(9, 9)], a.Missing);
        Assert.Equal(6, a.MissingCount);
        Assert.Empty(sessions.Single(s => s.Session == "b").Missing);

        // The engine's SQL and the portable default agree.
        var portable = SessionSequence.From(ws.Events.ReadEvents().Select(e => (e.Session, e.Seq)));
        Assert.Equal(portable.Select(s => (s.Session, s.Events, s.MissingCount)), sessions.Select(s => (s.Session, s.Events, s.MissingCount)));
        Assert.Equal(portable.SelectMany(s => s.Missing), sessions.SelectMany(s => s.Missing));
    }
}
