using Deskmine.Capture.Spool;
using Deskmine.Capture.Tests.Support;

namespace Deskmine.Capture.Tests.Spool;

public sealed class SqliteSpoolTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Stamps_the_session_and_gap_free_sequence_numbers_at_write_time()
    {
        using var spool = SqliteSpool.Open(_dir.Path);
        spool.Append(Some.Event(0) with { Session = "ignored", Seq = 99 });
        spool.AppendBatch(Some.Events(5));
        var all = spool.ReadAll();
        Assert.Equal(6, all.Count);
        Assert.All(all, e => Assert.Equal(spool.Session, e.Session));
        Assert.Equal(Enumerable.Range(0, 6).Select(i => (long)i), all.Select(e => e.Seq));
    }

    [Fact]
    public void Keeps_every_field_of_the_event()
    {
        var e = Some.Event(7) with { Url = "https://x.example/a", Value = "v", ValueHash = "h", Duration = 5, User = "u", Machine = "m", Team = "t" };
        using var spool = SqliteSpool.Open(_dir.Path);
        spool.Append(e);
        var back = Assert.Single(spool.ReadAll());
        Assert.Equal(e with { Session = spool.Session, Seq = 0, Attrs = null }, back with { Attrs = null });
        Assert.Equal(e.Attrs, back.Attrs);
    }

    [Fact]
    public void A_replayed_event_is_ignored_counted_and_takes_no_sequence_number()
    {
        using var spool = SqliteSpool.Open(_dir.Path);
        var batch = Some.Events(3);
        spool.AppendBatch(batch);
        var again = spool.AppendBatch([.. batch, Some.Event(3)]);
        Assert.Equal(new SpoolAppendResult(1, 3, 0, 0), again);
        Assert.Equal([0L, 1, 2, 3], spool.ReadAll().Select(e => e.Seq));
        Assert.Equal(3, spool.Stats().Duplicates);
    }

    [Fact]
    public void Pending_events_are_read_oldest_first_until_marked_uploaded()
    {
        using var spool = SqliteSpool.Open(_dir.Path);
        var batch = Some.Events(10);
        spool.AppendBatch(batch);
        var first = spool.ReadPending(4);
        Assert.Equal(batch.Take(4).Select(e => e.Id), first.Select(e => e.Id));
        Assert.Equal(4, spool.MarkUploaded(first.Select(e => e.Id)));
        Assert.Equal(0, spool.MarkUploaded(first.Select(e => e.Id)));
        Assert.Equal(batch.Skip(4).Select(e => e.Id), spool.ReadPending(100).Select(e => e.Id));
        var stats = spool.Stats();
        Assert.Equal((10L, 6L, 4L), (stats.Events, stats.Pending, stats.Uploaded));
    }

    [Fact]
    public void Reopening_keeps_pending_events_and_starts_a_new_session_from_zero()
    {
        var batch = Some.Events(5);
        string first;
        using (var spool = SqliteSpool.Open(_dir.Path))
        {
            first = spool.Session;
            spool.AppendBatch(batch);
            spool.MarkUploaded([batch[0].Id]);
        }
        using var reopened = SqliteSpool.Open(_dir.Path);
        Assert.NotEqual(first, reopened.Session);
        Assert.Equal(4, reopened.ReadPending(100).Count);
        reopened.Append(Some.Event(9));
        Assert.Equal(0, reopened.ReadAll()[^1].Seq);
    }

    [Fact]
    public void Resuming_a_session_continues_its_numbering()
    {
        string session;
        using (var spool = SqliteSpool.Open(_dir.Path))
        {
            session = spool.Session;
            spool.AppendBatch(Some.Events(3));
        }
        using var resumed = SqliteSpool.Open(_dir.Path, new SpoolOptions { Session = session });
        resumed.Append(Some.Event(3));
        Assert.Equal([0L, 1, 2, 3], resumed.ReadAll().Select(e => e.Seq));
    }

    [Fact]
    public void When_full_uploaded_events_are_pruned_before_pending_ones_are_dropped()
    {
        using var spool = SqliteSpool.Open(_dir.Path, new SpoolOptions { MaxEvents = 5 });
        var batch = Some.Events(5);
        spool.AppendBatch(batch);
        spool.MarkUploaded([batch[0].Id, batch[1].Id]);
        var result = spool.AppendBatch(Some.Events(4));
        Assert.Equal(new SpoolAppendResult(4, 0, 0, 2), result);
        var stats = spool.Stats();
        Assert.Equal((5L, 2L, 2L), (stats.Events, stats.PrunedUploaded, stats.DroppedWhenFull));
        // The two oldest pending events (2 and 3) went; 4 and the new four remain.
        Assert.Equal(batch[4].Id, spool.ReadPending(1)[0].Id);
    }

    [Fact]
    public void Refuse_new_keeps_what_is_stored_and_counts_the_refusals()
    {
        using var spool = SqliteSpool.Open(_dir.Path, new SpoolOptions { MaxEvents = 3, WhenFull = SpoolFullPolicy.RefuseNew });
        var batch = Some.Events(3);
        spool.AppendBatch(batch);
        Assert.False(spool.Append(Some.Event(4)));
        Assert.Equal(batch.Select(e => e.Id), spool.ReadAll().Select(e => e.Id));
        Assert.Equal(1, spool.Stats().RefusedWhenFull);
        Assert.Equal(3, spool.Stats().NextSeq);
    }

    [Fact]
    public void The_byte_bound_holds_and_counters_match_the_rows()
    {
        using var spool = SqliteSpool.Open(_dir.Path, new SpoolOptions { MaxBytes = 4096 });
        for (var i = 0; i < 100; i++)
            spool.Append(Some.Event(i, window: new string('w', 100)));
        var stats = spool.Stats();
        Assert.InRange(stats.Bytes, 1, 4096);
        Assert.Equal(stats.Events, spool.ReadAll().Count);
        Assert.Equal(100 - stats.Events, stats.DroppedWhenFull);
        var seqs = spool.ReadAll().Select(e => e.Seq).ToList();
        Assert.Equal(99, seqs[^1]);
    }

    [Fact]
    public void The_spool_file_is_in_wal_mode()
    {
        using (var spool = SqliteSpool.Open(_dir.Path))
            spool.Append(Some.Event());
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir.Path, SpoolOptions.FileName)};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    [Fact]
    public void Writers_on_two_threads_share_one_gap_free_numbering()
    {
        using var spool = SqliteSpool.Open(_dir.Path, new SpoolOptions { FlushEachCommit = false });
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 50; i++)
                spool.Write(Some.Event(i));
        });
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), spool.ReadAll().Select(e => e.Seq));
    }
}
