using System.Collections.Concurrent;

namespace Deskmine.Privacy;

/// <summary>Thread-safe counters of a <see cref="PrivacyFilter"/>: events kept, dropped per reason, and detections
/// per detector, so an agent or server can report what the filter did without logging any content.</summary>
public sealed class PrivacyStats
{
    private readonly long[] _dropped = new long[Enum.GetValues<DropReason>().Length];
    private readonly ConcurrentDictionary<string, long> _detections = new(StringComparer.Ordinal);
    private long _kept;

    /// <summary>Events kept.</summary>
    public long Kept => Interlocked.Read(ref _kept);

    /// <summary>Events dropped for any reason.</summary>
    public long Dropped => Enum.GetValues<DropReason>().Sum(DroppedFor);

    /// <summary>Events dropped for <paramref name="reason"/>.</summary>
    public long DroppedFor(DropReason reason) => Interlocked.Read(ref _dropped[(int)reason]);

    /// <summary>Replaced spans per detector name (<c>email</c>, <c>card</c> …) and <c>rule</c> for custom rules.</summary>
    public IReadOnlyDictionary<string, long> Detections => new Dictionary<string, long>(_detections, StringComparer.Ordinal);

    internal void CountKept() => Interlocked.Increment(ref _kept);

    internal void CountDropped(DropReason reason) => Interlocked.Increment(ref _dropped[(int)reason]);

    internal void CountDetection(string detector) => _detections.AddOrUpdate(detector, 1, static (_, n) => n + 1);
}
