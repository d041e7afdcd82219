using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Deskmine.Core.Events;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Moves events into DuckDB chunk by chunk. For a lazy source (an importer parsing a file) a worker thread enumerates
/// it and codes each event into a chunk (dictionary codes, UTF-8, UUID bytes), a few chunks ahead, while the calling
/// thread (the connection's owner) hands the full chunks to the native appender: the managed work per event runs
/// beside DuckDB's, not before it. Order is kept; an exception of the source or of the filling surfaces on the
/// calling thread, unchanged; when the calling thread fails the worker is stopped and awaited before this returns,
/// so nothing touches the chunks or the dictionaries afterwards. Collections are filled and appended on the caller.
/// </summary>
internal static class ChunkedAppend
{
    /// <summary>
    /// Chunks in flight between the worker and the appending thread: 256 × 2,048 rows, about four of DuckDB's row
    /// groups. Both sides work in bursts at different times — DuckDB compresses and takes statistics of a row group
    /// when it fills (every 122,880 rows), the parser stops for its collections — and a ring that holds a few row
    /// groups lets each run through the other's pauses. Measured on 10 M events (docs/benchmarks.md): with 8 chunks
    /// each side waited about 4 s for the other and the import took 10.6–11.0 s; with 256, 6.8–7.1 s, the worker never
    /// waited, and the peak grew by about 60 MB. The chunks are made as the ring first fills, so a small import
    /// allocates only what it uses.
    /// </summary>
    public const int Depth = 256;

    /// <summary>A smaller ring for the calls of one flow (tests reach the ring's wrap-around with few events).</summary>
    internal static readonly AsyncLocal<int?> DepthOverride = new();

    /// <summary>Checks and writes event number <paramref name="index"/> (0-based, of this call) into <paramref name="chunk"/>.</summary>
    public delegate void Filler(EventChunk chunk, UiEvent? e, long index);

    /// <summary>Appends every event of <paramref name="events"/> through <paramref name="writer"/>; returns their number.</summary>
    public static long Run(IEnumerable<UiEvent> events, EventChunkWriter writer, Filler fill, IProgress<long>? progress) =>
        events is ICollection<UiEvent> or IReadOnlyCollection<UiEvent>
            ? Inline(events, writer, fill, progress)
            : OnWorker(events, writer, fill, progress);

    private static long Inline(IEnumerable<UiEvent> events, EventChunkWriter writer, Filler fill, IProgress<long>? progress)
    {
        using var chunk = writer.NewChunk();
        long n = 0;
        foreach (var e in events)
        {
            fill(chunk, e, n);
            if (++n % DuckDbEventStore.ProgressInterval == 0)
                progress?.Report(n);
            if (chunk.IsFull)
            {
                writer.Append(chunk);
                chunk.Clear();
            }
        }
        writer.Append(chunk);
        return n;
    }

    private static long OnWorker(IEnumerable<UiEvent> events, EventChunkWriter writer, Filler fill, IProgress<long>? progress)
    {
        var depth = DepthOverride.Value ?? Depth;
        // Made and added on the worker only; read by this thread after the worker has ended.
        var chunks = new List<EventChunk>();
        using var free = new BlockingCollection<EventChunk>();
        using var full = new BlockingCollection<EventChunk>();
        using var stop = new CancellationTokenSource();
        try
        {
            ExceptionDispatchInfo? failure = null;
            long n = 0;
            // A returned chunk if there is one, else a new one while the ring is not full, else wait for a return.
            EventChunk NextFree()
            {
                if (free.TryTake(out var returned))
                    return returned;
                if (chunks.Count < depth)
                {
                    var made = writer.NewChunk();
                    chunks.Add(made);
                    return made;
                }
                return free.Take(stop.Token);
            }
            var worker = Task.Factory.StartNew(() =>
            {
                try
                {
                    var chunk = NextFree();
                    try
                    {
                        foreach (var e in events)
                        {
                            fill(chunk, e, n);
                            if (++n % DuckDbEventStore.ProgressInterval == 0)
                                progress?.Report(n);
                            if (chunk.IsFull)
                            {
                                full.Add(chunk, stop.Token);
                                // Clearing re-initialises the chunk's validity masks: work kept off the appending thread.
                                chunk = NextFree();
                                chunk.Clear();
                            }
                        }
                        full.Add(chunk, stop.Token);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        throw;
                    }
#pragma warning disable CA1031 // Any failure of the source or the filling is handed to the caller, which rethrows it unchanged.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        failure = ExceptionDispatchInfo.Capture(e);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The appending side failed; it reports its own error.
                }
                finally
                {
                    full.CompleteAdding();
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                foreach (var chunk in full.GetConsumingEnumerable())
                {
                    writer.Append(chunk);
                    free.Add(chunk);
                }
                worker.Wait();
                failure?.Throw();
                return n;
            }
            finally
            {
                stop.Cancel();
                worker.Wait();
            }
        }
        finally
        {
            foreach (var chunk in chunks)
                chunk.Dispose();
        }
    }
}
