using System.Collections.Concurrent;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// Redacts screenshots one at a time on a background thread (OCR is the slow part, about a second each, and one
/// at a time keeps a core free for the person's work), so the recorder's input thread only copies pixels.
/// </summary>
internal sealed class ShotQueue : IDisposable
{
    private readonly BlockingCollection<(RawShot Shot, TaskCompletionSource<ShotOutcome> Done)> _queue = [];
    private readonly ShotRedactor _redactor;
    private readonly Thread _worker;

    public ShotQueue(ShotRedactor redactor)
    {
        _redactor = redactor;
        _worker = new Thread(Run) { IsBackground = true, Name = "walkthrough-redact" };
        _worker.Start();
    }

    public Task<ShotOutcome> Enqueue(RawShot shot)
    {
        var done = new TaskCompletionSource<ShotOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.TryAdd((shot, done)))
            done.SetResult(ShotOutcome.Drop(ShotOutcome.CaptureFailed, shot.Origin));
        return done.Task;
    }

    private void Run()
    {
        foreach (var (shot, done) in _queue.GetConsumingEnumerable())
        {
            try
            {
                done.SetResult(_redactor.Redact(shot));
            }
#pragma warning disable CA1031 // Fail closed: a screenshot that could not be redacted is dropped, the recorder goes on.
            catch (Exception)
#pragma warning restore CA1031
            {
                done.SetResult(ShotOutcome.Drop(ShotOutcome.FilterFailed, shot.Origin));
            }
        }
    }

    /// <summary>Redacts what is queued, then stops.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _worker.Join();
        _queue.Dispose();
    }
}
