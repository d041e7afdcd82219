namespace Deskmine.Capture.Agent;

/// <summary>Counters of a <see cref="CapturePipeline"/> (thread-safe reads).</summary>
public sealed class CaptureStats
{
    private long _received, _paused, _filtered, _joined, _stored, _failed;

    /// <summary>Events the sources produced.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Events discarded because recording was paused.</summary>
    public long Paused => Interlocked.Read(ref _paused);

    /// <summary>Events the privacy filter dropped.</summary>
    public long Filtered => Interlocked.Read(ref _filtered);

    /// <summary>Desktop and page clicks merged into one event.</summary>
    public long Joined => Interlocked.Read(ref _joined);

    /// <summary>Events handed to the spool.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Events lost to an error in the pipeline or the spool.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    internal void CountReceived() => Interlocked.Increment(ref _received);

    internal void CountPaused() => Interlocked.Increment(ref _paused);

    internal void CountFiltered() => Interlocked.Increment(ref _filtered);

    internal void CountJoined() => Interlocked.Increment(ref _joined);

    internal void CountStored(long n) => Interlocked.Add(ref _stored, n);

    internal void CountFailed(long n) => Interlocked.Add(ref _failed, n);
}
