using System.Threading.Channels;
using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Server.Ingest;

/// <summary>
/// The single writer of the workspace: runs the privacy filter again (fail closed — a dropped event is not stored)
/// and appends the events whose ids are new; also applies the API's few other writes (retention, erasure, mining,
/// labelling) and publishes read snapshots. Writes are serialised because the store is.
/// </summary>
/// <remarks>
/// Group commit: each request filters its events on its own thread and queues them; one writer takes whatever is
/// queued (up to <see cref="ServerOptions.MaxGroupEvents"/>) and stores it in one transaction, and each request is
/// answered once the transaction holding its events is committed. A commit costs about the same for 20 events as for
/// a few thousand, so many small requests share one. When a group fails, its requests are stored one by one, so a
/// request is still all-or-nothing and never fails because of another's events. The queue is bounded
/// (<see cref="ServerOptions.MaxQueuedEvents"/>); a full queue refuses with 503 and Retry-After.
/// </remarks>
internal sealed class EventIngestor : IAsyncDisposable
{
    private readonly Workspace _workspace;
    private readonly PrivacyFilter _filter;
    private readonly ServerOptions _options;
    private readonly Lock _gate = new();
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private IdFilter? _ids;
    private long _queued;
    private long _version;

    public EventIngestor(Workspace workspace, PrivacyFilter filter, ServerOptions options)
    {
        _workspace = workspace;
        _filter = filter;
        _options = options;
        _writer = Task.Run(WriteLoopAsync);
    }

    public PrivacyFilter Filter => _filter;

    /// <summary>The workspace folder.</summary>
    public string Directory => _workspace.Directory;

    /// <summary>Increases with every write that may have changed the workspace.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Events waiting for the writer.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>
    /// Filters <paramref name="events"/> and queues them for the next group commit; the task completes when they
    /// are stored. <c>null</c> when the queue is full (the caller answers 503): nothing of the request was queued.
    /// </summary>
    public Task<IngestResult>? TryIngestAsync(IReadOnlyList<UiEvent> events)
    {
        var kept = new List<UiEvent>(events.Count);
        foreach (var e in events)
        {
            if (_filter.Apply(e).Event is { } redacted)
                kept.Add(redacted);
        }
        // A request larger than the whole queue is still taken when the queue is empty, so it can never starve.
        var queued = Interlocked.Add(ref _queued, kept.Count);
        if (queued > _options.MaxQueuedEvents && queued > kept.Count)
        {
            Interlocked.Add(ref _queued, -kept.Count);
            return null;
        }
        var pending = new Pending(kept, events.Count);
        if (!_queue.Writer.TryWrite(pending))
        {
            Interlocked.Add(ref _queued, -kept.Count);
            return null;
        }
        return pending.Done.Task;
    }

    /// <summary>Filters and stores <paramref name="events"/>, waiting for the queue when it is full.</summary>
    public async Task<IngestResult> IngestAsync(IReadOnlyList<UiEvent> events)
    {
        while (true)
        {
            if (TryIngestAsync(events) is { } stored)
                return await stored.ConfigureAwait(false);
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var group = new List<Pending>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            var events = 0;
            while (events < _options.MaxGroupEvents && reader.TryRead(out var next))
            {
                group.Add(next);
                events += next.Kept.Count;
            }
            lock (_gate)
                Commit(group);
            Interlocked.Add(ref _queued, -events);
        }
    }

    private void Commit(List<Pending> group)
    {
        try
        {
            var stored = Store(group);
            for (var i = 0; i < group.Count; i++)
                group[i].Answer(stored[i]);
        }
        catch (Exception) when (group.Count > 1)
        {
            // Alone, each request is all-or-nothing again and fails only for its own events.
            foreach (var one in group)
                Commit([one]);
        }
        catch (Exception e)
        {
            group[0].Done.TrySetException(e);
        }
    }

    // One transaction for the group; returns how many events of each request were new.
    private int[] Store(List<Pending> group)
    {
        var store = _workspace.Events;
        var ids = Ids(store);
        // Within the group the first occurrence of an id is the one stored (requests in arrival order).
        var seen = new HashSet<Guid>();
        var candidates = new List<UiEvent>[group.Count];
        var maybe = new List<Guid>();
        for (var i = 0; i < group.Count; i++)
        {
            candidates[i] = new List<UiEvent>(group[i].Kept.Count);
            foreach (var e in group[i].Kept)
            {
                if (!seen.Add(e.Id))
                    continue;
                candidates[i].Add(e);
                if (ids.MightContain(e.Id))
                    maybe.Add(e.Id);
            }
        }
        var known = maybe.Count == 0 ? (IReadOnlySet<Guid>)new HashSet<Guid>() : store.KnownIds(maybe);
        var stored = new int[group.Count];
        var fresh = new List<UiEvent>(seen.Count);
        for (var i = 0; i < group.Count; i++)
        {
            foreach (var e in candidates[i])
            {
                if (known.Contains(e.Id))
                    continue;
                fresh.Add(e);
                stored[i]++;
            }
        }
        if (fresh.Count > 0)
        {
            store.Append(fresh);
            Interlocked.Increment(ref _version);
            foreach (var e in fresh)
                ids.Add(e.Id);
        }
        return stored;
    }

    // Seeded from the store on first use and rebuilt, twice as large, when it has filled up.
    private IdFilter Ids(IEventStore store)
    {
        if (_ids is { } ids && ids.Count < ids.Capacity)
            return ids;
        var count = store.Count();
        ids = new IdFilter(Math.Max(1_000_000, count * 2));
        foreach (var id in store.ReadIds())
            ids.Add(id);
        return _ids = ids;
    }

    /// <summary>Runs a write of the API (retention, erasure, a mining run) alone on the workspace.</summary>
    public T Write<T>(Func<Workspace, T> write)
    {
        lock (_gate)
        {
            try
            {
                return write(_workspace);
            }
            finally
            {
                Interlocked.Increment(ref _version);
            }
        }
    }

    /// <summary>Publishes a read snapshot when the workspace changed since <paramref name="published"/>; returns its folder (or <c>null</c>) and the version it holds.</summary>
    public (string? Path, long Version) PublishSnapshot(long published)
    {
        lock (_gate)
        {
            var version = Version;
            return version == published ? (null, version) : (_workspace.PublishSnapshot(), version);
        }
    }

    public void PruneSnapshots(string? keep) => Workspace.PruneSnapshots(_workspace.Directory, keep);

    public IReadOnlyList<SessionSequence> Sessions()
    {
        lock (_gate)
            return _workspace.Events.ReadSessions();
    }

    public long Count()
    {
        lock (_gate)
            return _workspace.Events.Count();
    }

    /// <summary>Stores what is queued, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private sealed class Pending(List<UiEvent> kept, int received)
    {
        public List<UiEvent> Kept { get; } = kept;

        public TaskCompletionSource<IngestResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Answer(int stored) => Done.TrySetResult(new IngestResult(received, stored, Kept.Count - stored, received - Kept.Count,
            Kept.Select(e => e.Session).Distinct(StringComparer.Ordinal).ToList()));
    }
}
