using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    /// <summary>How often <see cref="Append(IEnumerable{UiEvent}, IProgress{long}?)"/> reports progress, in events.</summary>
    public const int ProgressInterval = 100_000;

    /// <summary>
    /// Appends <paramref name="events"/> in one transaction: all of them or, when anything fails (a missing
    /// required field, an exception from the enumeration itself), none. Events stored by earlier calls are
    /// never touched. Reports the running count every <see cref="ProgressInterval"/> events and at the end.
    /// A lazy <paramref name="events"/> (an importer) is enumerated on a worker thread that also codes the events
    /// into DuckDB chunks (<see cref="ChunkedAppend"/>), while this thread hands the full chunks to DuckDB, so
    /// parsing and storing overlap; collections are read directly.
    /// </summary>
    /// <exception cref="InputException">An event lacks <c>source</c>, <c>kind</c> or <c>session</c>; nothing of this call is kept.</exception>
    public long Append(IEnumerable<UiEvent> events, IProgress<long>? progress = null) => Append(events, progress, null);

    /// <summary>As <see cref="Append(IEnumerable{UiEvent}, IProgress{long}?)"/>, running <paramref name="sameTransaction"/>
    /// (more rows that belong to these events) before the commit, so that they too are stored with the events or not at all.</summary>
    private long Append(IEnumerable<UiEvent> events, IProgress<long>? progress, Action? sameTransaction)
    {
        ArgumentNullException.ThrowIfNull(events);
        ThrowIfReadOnly();
        long n;
        using var threads = events is ICollection<UiEvent> or IReadOnlyCollection<UiEvent> ? null : OneDuckDbThread.Set(this);
        using var tx = _connection.BeginTransaction();
        try
        {
            using (var writer = EventChunkWriter.Create(_connection))
            {
                // The dictionaries are used by the filling side only; this thread touches them again after it has ended.
                n = ChunkedAppend.Run(events, writer, Fill, progress);
                writer.Close();
            }
            _cases.SaveNew(_connection);
            _activities.SaveNew(_connection);
            _names.SaveNew(_connection);
            sameTransaction?.Invoke();
            tx.Commit();
        }
        catch
        {
            _cases.RollBack();
            _activities.RollBack();
            _names.RollBack();
            throw;
        }
        _cases.Committed();
        _activities.Committed();
        _names.Committed();
        _nextRowNo += n;
        progress?.Report(n);
        return n;
    }

    // With DuckDB's default of two threads each flush of the appender runs as a parallel insert, and the appending
    // thread spins on DuckDB's task queue while the other finishes: beside the parsing thread on two cores that cost
    // ≈ 15 % more CPU for the same work (docs/benchmarks.md, "Import: events coded into DuckDB chunks"). A long
    // append therefore runs with one DuckDB thread; the database's setting is restored afterwards, also on failure.
    private sealed class OneDuckDbThread : IDisposable
    {
        private readonly DuckDbEventStore _store;
        private readonly long _threads;

        private OneDuckDbThread(DuckDbEventStore store, long threads)
        {
            _store = store;
            _threads = threads;
        }

        public static OneDuckDbThread? Set(DuckDbEventStore store)
        {
            var threads = Convert.ToInt64(store.Scalar("SELECT current_setting('threads')"), System.Globalization.CultureInfo.InvariantCulture);
            if (threads <= 1)
                return null;
            store.Execute("SET threads = 1");
            return new OneDuckDbThread(store, threads);
        }

        public void Dispose() => _store.Execute(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SET threads = {_threads}"));
    }

    // Checks and codes event number `index` of this call into `chunk`.
    private void Fill(EventChunk chunk, UiEvent? e, long index)
    {
        Check(e, index);
        chunk.Write(_nextRowNo + index, e!, _cases.CodeOrNull(e!.CaseId), _activities.CodeOrNull(e.Activity), _names);
    }

    /// <inheritdoc/>
    public long AppendTruth(IEnumerable<TruthRecord> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ThrowIfReadOnly();
        long n = 0;
        using var tx = _connection.BeginTransaction();
        using (var appender = _connection.CreateAppender("truth"))
        {
            foreach (var t in truth)
            {
                appender.CreateRow().AppendValue(t.EventId).AppendValue(t.TaskType ?? "").AppendValue(t.TaskInstance ?? "")
                    .AppendValue(t.Step ?? "").EndRow();
                n++;
            }
            appender.Close();
        }
        tx.Commit();
        return n;
    }

    private void Check(UiEvent? e, long index)
    {
        (string? Column, string? Text) problem = e switch
        {
            null => (null, "the event is missing (null)"),
            { Source: null } => ("source", "required field 'source' is missing"),
            { Kind: null } => ("kind", "required field 'kind' is missing"),
            { Session: null } => ("session", "field 'session' must not be null (use an empty text)"),
            _ => (null, null),
        };
        if (problem.Text is not null)
            throw new InputException($"events appended to {_path}", index + 1, problem.Column, problem.Text + "; nothing of this batch was stored.");
    }
}
