using Deskmine.Storage.Workspaces;

namespace Deskmine.Server.Reading;

/// <summary>
/// What the read API answers from: the newest read snapshot of the workspace (never the writer's own connection, so
/// reads never wait for uploads and uploads never wait for a long analysis), with the answers computed from it kept
/// until the next snapshot replaces it.
/// </summary>
internal sealed class ReadModel : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);
    private Workspace? _snapshot;

    /// <summary>Increases with every snapshot switched to; answers computed from older ones are discarded.</summary>
    public long Generation { get; private set; }

    /// <summary>When the current snapshot was published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Answers from <paramref name="snapshotDirectory"/> from now on.</summary>
    public async Task SwitchAsync(string snapshotDirectory, DateTimeOffset publishedAt)
    {
        var next = Workspace.OpenReadOnly(snapshotDirectory);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _snapshot?.Dispose();
            _snapshot = next;
            _cache.Clear();
            Generation++;
            PublishedAt = publishedAt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The answer cached under <paramref name="key"/> for the current snapshot, computing it first when absent.
    /// One computation at a time: the snapshot's store serves one caller at a time.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<Workspace, T> compute, CancellationToken cancellationToken)
        where T : notnull
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cache.TryGetValue(key, out var cached))
                return (T)cached;
            var workspace = _snapshot ?? throw new InvalidOperationException("no read snapshot published yet");
            var value = compute(workspace);
            _cache[key] = value;
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="read"/> on the current snapshot without caching (person-level reads, exports).</summary>
    public async Task<T> ReadAsync<T>(Func<Workspace, T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return read(_snapshot ?? throw new InvalidOperationException("no read snapshot published yet"));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _snapshot?.Dispose();
        _snapshot = null;
        _gate.Dispose();
    }
}
