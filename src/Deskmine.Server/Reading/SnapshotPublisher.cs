using Deskmine.Server.Ingest;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Reading;

/// <summary>
/// Keeps the read snapshot fresh: after uploads changed the workspace it publishes a new one at most every
/// <see cref="ServerOptions.SnapshotInterval"/>, at once after the API changed it (retention, erasure, mining),
/// and switches the <see cref="ReadModel"/> to it. CLI readers open the same snapshots (one writer, many readers).
/// </summary>
internal sealed partial class SnapshotPublisher(EventIngestor writer, ReadModel reads, ServerOptions options, ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private long _publishedVersion = -1;
    private Task? _loop;
    private int _disposed;

    public async Task StartAsync()
    {
        await PublishAsync().ConfigureAwait(false);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>
    /// Publishes a snapshot now unless nothing changed since the last one. Readers switch to it at once (the API's
    /// own writes must show in the next answer) or, with <paramref name="warmFirst"/> (uploads), after the answers the
    /// dashboard opens with are computed on it, keeping the previous answers meanwhile.
    /// </summary>
    public async Task PublishAsync(bool warmFirst = false)
    {
        await _publishing.WaitAsync().ConfigureAwait(false);
        try
        {
            var (path, version) = writer.PublishSnapshot(_publishedVersion);
            if (path is null)
                return;
            await reads.SwitchAsync(path, options.Time.GetUtcNow(), warmFirst, options.Time).ConfigureAwait(false);
            _publishedVersion = version;
            writer.PruneSnapshots(keep: Path.GetFileName(path));
        }
        finally
        {
            _publishing.Release();
        }
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(options.SnapshotInterval, options.Time);
        var lastEnd = options.Time.GetTimestamp();
        var lastCost = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                if (writer.Version == _publishedVersion)
                    continue;
                // A publication copies the database and warms the dashboard's answers, which reads every event: under a
                // stream of uploads into a few hundred thousand events, publishing every 5 s kept a core busy warming
                // and left ingest the other (docs/benchmarks.md). The gap after one publication is at least
                // GapPerCost times its cost, so publishing takes at most about a fifth of the time however large the
                // workspace grows; the answers lag the uploads a little longer instead.
                if (options.Time.GetElapsedTime(lastEnd) < lastCost * GapPerCost)
                    continue;
                var start = options.Time.GetTimestamp();
                try
                {
                    await PublishAsync(warmFirst: true).ConfigureAwait(false);
                    lastEnd = options.Time.GetTimestamp();
                    lastCost = options.Time.GetElapsedTime(start, lastEnd);
                }
                catch (IOException e)
                {
                    // Keep serving the previous snapshot; the next tick tries again (a full disk, a slow copy).
                    LogFailed(logger, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Publications take at most 1 / (1 + GapPerCost) of the time while uploads arrive.
    private const int GapPerCost = 4;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
            await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _publishing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "read snapshot not refreshed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
