using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Runs a lazy source (an importer parsing a file) on a worker thread, a few thousand items ahead of the consumer,
/// so that parsing and storing use two cores. Order is kept; an exception of the source surfaces in the consumer,
/// unchanged, after the items produced before it; when the consumer stops early the worker is stopped and awaited,
/// so the source is never enumerated after the consumer has finished.
/// </summary>
internal static class ReadAhead
{
    /// <summary>Items per hand-over.</summary>
    public const int BatchSize = 4096;

    /// <summary>Batches the worker may run ahead.</summary>
    public const int Depth = 16;

    /// <summary>
    /// <paramref name="source"/> itself when it is an in-memory collection (nothing to overlap), else the same
    /// sequence produced on a worker thread.
    /// </summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source) =>
        source is ICollection<T> or IReadOnlyCollection<T> ? source : OnWorker(source);

    private static IEnumerable<T> OnWorker<T>(IEnumerable<T> source)
    {
        using var queue = new BlockingCollection<T[]>(Depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var worker = Task.Factory.StartNew(() =>
        {
            var batch = new T[BatchSize];
            var count = 0;
            try
            {
                try
                {
                    foreach (var item in source)
                    {
                        batch[count++] = item;
                        if (count == BatchSize)
                        {
                            queue.Add(batch, stop.Token);
                            batch = new T[BatchSize];
                            count = 0;
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // Any failure of the source is handed to the consumer, which rethrows it unchanged.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                // The items read before the end (or the failure) still go first.
                if (count > 0)
                    queue.Add(batch[..count], stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nothing to report.
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                    yield return item;
            }
            worker.Wait();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            worker.Wait();
        }
    }
}
