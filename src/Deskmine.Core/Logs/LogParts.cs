namespace Deskmine.Core.Logs;

/// <summary>
/// Runs the parts of a pass over a log on every core, or on the calling thread when there is only one part. A small
/// log is one part: <see cref="Parallel.For(int, int, Action{int})"/> would still start the thread pool (two threads
/// and their hand-shakes) and its event source for it, the larger part of a small <c>map FILE</c>'s reading time.
/// </summary>
public static class LogParts
{
    /// <summary>Runs <paramref name="body"/> for parts <c>0 … count - 1</c>, in parallel when there are two or more.</summary>
    public static void For(int count, Action<int> body, ParallelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (count == 1)
        {
            body(0);
            return;
        }
        if (options is null)
            Parallel.For(0, count, body);
        else
            Parallel.For(0, count, options, body);
    }
}
