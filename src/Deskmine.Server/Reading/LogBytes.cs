using Deskmine.Core.Logs;

namespace Deskmine.Server.Reading;

/// <summary>What an <see cref="EventLog"/> holds in memory, roughly: its arrays, not the texts it shares with other logs.</summary>
internal static class LogBytes
{
    /// <summary>About the bytes of <paramref name="log"/>'s per-event and per-case arrays.</summary>
    public static long Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        // Activity code, timestamp and reference per event, a duration where the log has them, a code per attribute;
        // a start and a case id reference per case (the case id texts are shared by the logs filtered from one read).
        long perEvent = sizeof(int) + sizeof(long) + sizeof(long) + (log.Durations is null ? 0 : sizeof(long)) + (sizeof(int) * log.Attributes.Count);
        return (perEvent * log.EventCount) + ((sizeof(int) + IntPtr.Size) * (long)log.CaseCount);
    }
}
