using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>Splits a log's cases into contiguous ranges of about equal event counts, one per thread.</summary>
internal static class CasePartitions
{
    /// <summary>Boundaries: partition p owns cases <c>[bounds[p], bounds[p + 1])</c>.</summary>
    public static int[] Split(EventLog log, int maxPartitions, int minEventsPerPartition)
    {
        var events = log.EventCount;
        var parts = Math.Clamp(events / minEventsPerPartition, 1, maxPartitions);
        var bounds = new int[parts + 1];
        bounds[parts] = log.CaseCount;
        var starts = log.CaseStarts;
        for (var p = 1; p < parts; p++)
        {
            var target = (int)((long)events * p / parts);
            var c = Array.BinarySearch(starts, 0, log.CaseCount, target);
            if (c < 0)
                c = ~c;
            bounds[p] = Math.Max(bounds[p - 1], Math.Min(c, log.CaseCount));
        }
        return bounds;
    }
}
