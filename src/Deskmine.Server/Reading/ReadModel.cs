using Deskmine.Storage.Workspaces;

namespace Deskmine.Server.Reading;

/// <summary>
/// What the read API answers from: generations of the data, each the newest read snapshot of the workspace (never the
/// writer's own connection, so reads never wait for uploads and uploads never wait for a long analysis) with the
/// answers computed from it. A generation's answers are computed once and kept until the next generation replaces it.
/// A new generation is warmed — the answers the dashboard opens with computed in the background — either before
/// readers switch to it (after uploads: readers keep the previous answers meanwhile) or right after (at start, and
/// after the API's own writes, whose effect must show at once).
/// </summary>
internal sealed class ReadModel : IDisposable
{
    private readonly AsyncLocal<ReadGeneration?> _pinned = new();
    private readonly Lock _gate = new();
    private volatile ReadGeneration? _current;
    private CancellationTokenSource _warming = new();
    private Task _warm = Task.CompletedTask;
    private volatile WarmStatus _status = new(0, false, 0, 0, null, null, null);

    /// <summary>
    /// Bytes the intermediate results of a generation (logs read and filtered for maps, see
    /// <see cref="GetBoundedAsync"/>) may hold; past it the least recently used ones are dropped and computed again
    /// when asked for. Answers as sent are always kept.
    /// </summary>
    public long IntermediateBudget { get; init; } = long.MaxValue;

    /// <summary>
    /// How read snapshots are opened. Default: DuckDB may use an eighth of the memory available to the process, at
    /// least 2 GB — half of what a workspace opened alone gets.
    /// </summary>
    /// <remarks>
    /// Each generation opens its own snapshot, beside the writer's workspace, and DuckDB keeps what a query used up to
    /// its limit: with a quarter of this 24 GB machine, reading the mined log of 10 M events took the server from about
    /// 6.5 to 12.7 GB resident, with an eighth from 3.8 to 8.3 GB. That read failed with 1 GB and passed with 4 GB
    /// (docs/benchmarks.md, 2026-12-06).
    /// </remarks>
    public WorkspaceOptions SnapshotOptions { get; init; } = new()
    {
        MemoryLimit = Math.Max(2048L, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8 / (1024 * 1024))
            .ToString(System.Globalization.CultureInfo.InvariantCulture) + "MB",
    };

    /// <summary>Computes the answers a new generation should have before anyone asks (set once at start).</summary>
    public Func<CancellationToken, IReadOnlyList<(string Step, Func<Task> Warm)>>? Warmer { get; set; }

    /// <summary>Increases with every snapshot switched to; answers computed from older ones are discarded.</summary>
    public long Generation => (_pinned.Value ?? _current)?.Number ?? 0;

    /// <summary>When the current snapshot was published.</summary>
    public DateTimeOffset? PublishedAt => _current?.PublishedAt;

    /// <summary>How far the warming of the newest generation has come.</summary>
    public WarmStatus Status => _status;

    /// <summary>The warming of the newest generation (tests and benchmarks wait for it).</summary>
    public Task Warming => _warm;

    /// <summary>Progress of warming: the generation warmed, whether it runs, steps done of steps, the step running, the last failure.</summary>
    public sealed record WarmStatus(long Generation, bool Running, int Done, int Steps, string? Step, DateTimeOffset? Finished, string? Failed);

    /// <summary>
    /// Answers from <paramref name="snapshotDirectory"/> from now on. With <paramref name="warmFirst"/> the new
    /// generation is warmed before the switch (the returned task completes after it); without, readers switch at
    /// once and warming runs in the background.
    /// </summary>
    public async Task SwitchAsync(string snapshotDirectory, DateTimeOffset publishedAt, bool warmFirst, TimeProvider time)
    {
        var next = new ReadGeneration(Workspace.OpenReadOnly(snapshotDirectory, SnapshotOptions), (_current?.Number ?? 0) + 1, publishedAt);
        CancellationTokenSource cancel;
        lock (_gate)
        {
            // A newer generation makes the warming of an older one pointless.
            _warming.Cancel();
            _warming.Dispose();
            _warming = cancel = new CancellationTokenSource();
        }
        if (warmFirst && _current is not null)
        {
            _warm = WarmAsync(next, time, cancel.Token);
            await _warm.ConfigureAwait(false);
            Replace(next);
        }
        else
        {
            Replace(next);
            _warm = Task.Run(() => WarmAsync(next, time, cancel.Token));
        }
    }

    private void Replace(ReadGeneration next)
    {
        ReadGeneration? old;
        lock (_gate)
        {
            old = _current;
            _current = next;
        }
        // Callers still computing on the old generation finish there; it closes after them.
        if (old is not null)
            _ = Task.Run(old.Retire);
    }

    private async Task WarmAsync(ReadGeneration generation, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Warmer is not { } warmer)
            return;
        var steps = warmer(cancellationToken);
        _pinned.Value = generation;
        try
        {
            for (var i = 0; i < steps.Count; i++)
            {
                if (cancellationToken.IsCancellationRequested)
                    return;
                _status = new WarmStatus(generation.Number, true, i, steps.Count, steps[i].Step, null, null);
                try
                {
                    await steps[i].Warm().ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An answer that cannot be computed (no recognition run, events erased) is computed again, and
                    // reported, when asked for; the other answers still warm.
                    _status = _status with { Failed = $"{steps[i].Step}: {e.Message}" };
                }
                // Each step leaves garbage of the logs it read and filtered (hundreds of MB at 10 M events), which the
                // collector does not hurry to give back: collected here, it never adds to the next step's peak.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            _status = _status with { Running = false, Done = steps.Count, Step = null, Finished = time.GetUtcNow() };
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _pinned.Value = null;
        }
    }

    /// <summary>
    /// The answer cached under <paramref name="key"/> for the current generation, computing it first when absent.
    /// One computation at a time per generation: a snapshot's store serves one caller at a time.
    /// </summary>
    public Task<T> GetAsync<T>(string key, Func<Workspace, T> compute, CancellationToken cancellationToken)
        where T : notnull =>
        OnGenerationAsync(g => g.Cache.TryGetValue(key, out var cached) ? (T)cached : (T)(g.Cache[key] = compute(g.Workspace)), cancellationToken);

    /// <summary>
    /// As <see cref="GetAsync"/>, for an intermediate result of about <paramref name="bytes"/> bytes that is kept
    /// within <see cref="IntermediateBudget"/>: the least recently used ones are dropped to make room.
    /// </summary>
    public Task<T> GetBoundedAsync<T>(string key, Func<Workspace, T> compute, Func<T, long> bytes, CancellationToken cancellationToken)
        where T : notnull =>
        OnGenerationAsync(g =>
        {
            if (g.Cache.TryGetValue(key, out var cached))
            {
                g.Touch(key);
                return (T)cached;
            }
            var value = compute(g.Workspace);
            g.Cache[key] = value;
            g.Bound(key, bytes(value), IntermediateBudget);
            return value;
        }, cancellationToken);

    /// <summary>The answer cached under <paramref name="key"/>, or <c>null</c>, without computing anything.</summary>
    public T? Peek<T>(string key)
        where T : class
    {
        if ((_pinned.Value ?? _current) is not { } g || !g.Cache.TryGetValue(key, out var cached))
            return null;
        g.Touch(key);
        return cached as T;
    }

    /// <summary>Bytes the intermediate results of the current generation hold (tests, status).</summary>
    public long IntermediateBytes => (_pinned.Value ?? _current)?.BoundedBytes ?? 0;

    /// <summary>
    /// The serialised answer cached under <paramref name="key"/> for the current generation, or, when absent, the
    /// value of <paramref name="compute"/> serialised with <paramref name="serializer"/> and kept until the generation
    /// is replaced (<c>null</c> when <paramref name="compute"/> finds nothing to answer, which is not kept). The
    /// computation is pinned to one generation, so an answer never mixes two snapshots; if that generation is
    /// replaced meanwhile, the answer is computed again on the new one.
    /// </summary>
    /// <remarks>
    /// Why bytes: the large answers (the analysis, a map) are JSON trees that cost 0.7–2 CPU-s to copy and serialise
    /// per request on 2.4 M events; the bytes are written as they are.
    /// </remarks>
    public async Task<JsonAnswer?> JsonAsync(string key, Func<Task<JsonAnswer.Source?>> compute, System.Text.Json.JsonSerializerOptions serializer)
    {
        var outer = _pinned.Value;
        while (true)
        {
            var generation = outer ?? _current ?? throw new InvalidOperationException("no read snapshot published yet");
            var cacheKey = "json|" + key;
            if (generation.Cache.TryGetValue(cacheKey, out var hit))
                return (JsonAnswer)hit;
            _pinned.Value = generation;
            try
            {
                if (await compute().ConfigureAwait(false) is not { } source)
                    return null;
                var answer = JsonAnswer.Of(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(source.Value, source.Value.GetType(), serializer), source.People, source.Events);
                return generation.Retired ? answer : (JsonAnswer)generation.Cache.GetOrAdd(cacheKey, answer);
            }
            catch (GenerationRetiredException) when (outer is null)
            {
                // The snapshot changed under the computation: answer from the new one.
            }
            finally
            {
                _pinned.Value = outer;
            }
        }
    }

    /// <summary>Runs <paramref name="read"/> on the current snapshot without caching (person-level reads, exports).</summary>
    public Task<T> ReadAsync<T>(Func<Workspace, T> read, CancellationToken cancellationToken) =>
        OnGenerationAsync(g => read(g.Workspace), cancellationToken);

    private async Task<T> OnGenerationAsync<T>(Func<ReadGeneration, T> work, CancellationToken cancellationToken)
    {
        while (true)
        {
            var generation = _pinned.Value ?? _current ?? throw new InvalidOperationException("no read snapshot published yet");
            await generation.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Replaced while this caller waited: answer from the newer generation instead — unless the caller is
                // pinned to this one, whose answer must then be given up as a whole.
                if (!generation.Retired)
                    return work(generation);
                if (ReferenceEquals(_pinned.Value, generation))
                    throw new GenerationRetiredException();
            }
            finally
            {
                generation.Gate.Release();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _warming.Cancel();
        try
        {
            _warm.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
        }
        _current?.Retire();
        _current = null;
        _warming.Dispose();
    }

    /// <summary>The generation a computation was pinned to was replaced and closed before it ended.</summary>
    private sealed class GenerationRetiredException() : OperationCanceledException("the read snapshot was replaced during the computation");

    /// <summary>One snapshot with its answers.</summary>
    private sealed class ReadGeneration(Workspace workspace, long number, DateTimeOffset publishedAt)
    {
        public Workspace Workspace { get; } = workspace;
        public long Number { get; } = number;
        public DateTimeOffset PublishedAt { get; } = publishedAt;
        public System.Collections.Concurrent.ConcurrentDictionary<string, object> Cache { get; } = new(StringComparer.Ordinal);
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public bool Retired { get; private set; }

        private readonly Lock _boundGate = new();
        private readonly Dictionary<string, (long Bytes, long Used)> _bounded = new(StringComparer.Ordinal);
        private long _clock;

        /// <summary>Bytes the bounded entries hold.</summary>
        public long BoundedBytes { get; private set; }

        /// <summary>Marks a bounded entry as just used (the last to be dropped).</summary>
        public void Touch(string key)
        {
            lock (_boundGate)
            {
                if (_bounded.TryGetValue(key, out var entry))
                    _bounded[key] = entry with { Used = ++_clock };
            }
        }

        /// <summary>
        /// Counts <paramref name="key"/> (just added) as <paramref name="bytes"/> and drops the least recently used
        /// other bounded entries while the total exceeds <paramref name="budget"/>. The newest is kept even when
        /// it alone exceeds the budget: it is about to be used.
        /// </summary>
        public void Bound(string key, long bytes, long budget)
        {
            lock (_boundGate)
            {
                if (_bounded.Remove(key, out var old))
                    BoundedBytes -= old.Bytes;
                _bounded[key] = (bytes, ++_clock);
                BoundedBytes += bytes;
                while (BoundedBytes > budget && _bounded.Count > 1)
                {
                    var oldest = _bounded.Where(e => e.Key != key).MinBy(e => e.Value.Used);
                    _bounded.Remove(oldest.Key);
                    BoundedBytes -= oldest.Value.Bytes;
                    Cache.TryRemove(oldest.Key, out _);
                }
            }
        }

        /// <summary>Closes the snapshot after the computation running on it (if any) ends.</summary>
        public void Retire()
        {
            Gate.Wait();
            try
            {
                Retired = true;
                Cache.Clear();
                Workspace.Dispose();
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}
