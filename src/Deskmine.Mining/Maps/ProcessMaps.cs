using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>Facade for the common process-map calls.</summary>
public static class ProcessMaps
{
    /// <summary>
    /// Directly-follows map of <paramref name="log"/>: activity counts, start and end activities, the
    /// directly-follows graph with frequency and performance, and the variants.
    /// </summary>
    public static ProcessMap Discover(EventLog log, ProcessMapOptions? options = null) =>
        new DirectlyFollowsMiner(options ?? ProcessMapOptions.Default).Discover(log);
}
