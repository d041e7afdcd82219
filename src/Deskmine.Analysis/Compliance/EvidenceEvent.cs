namespace Deskmine.Analysis.Compliance;

/// <summary>One event that shows a deviation.</summary>
/// <param name="EventRef">The event's reference back to its origin (<see cref="Core.Logs.EventLog.EventRefs"/>).</param>
/// <param name="Activity">Its activity name.</param>
/// <param name="Timestamp">Its time in microseconds since the Unix epoch, or <c>null</c> when the log has none.</param>
/// <param name="Resource">Who performed it (the <c>user</c> attribute, else <c>org:resource</c>), when known.</param>
public sealed record EvidenceEvent(long EventRef, string Activity, long? Timestamp, string? Resource);
