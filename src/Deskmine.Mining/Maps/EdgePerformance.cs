using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>
/// Medians of the time between directly-following events: every timed pair's duration goes into one flat
/// array grouped by edge (a counting sort whose bucket sizes the first pass already counted), then each
/// edge's slice is reduced by quickselect. No per-edge lists.
/// </summary>
internal static class EdgePerformance
{
    /// <summary>Median in microseconds per slot (<see cref="double.NaN"/> where no pair is timed).</summary>
    public static double[] Medians(EventLog log, EdgeSlots slots, int[] bounds, PartitionScan[] scans, int[] timedTotal, ParallelOptions parallel)
    {
        var numSlots = slots.Count;
        var offsets = new int[numSlots + 1];
        for (var s = 0; s < numSlots; s++)
            offsets[s + 1] = offsets[s] + timedTotal[s];

        // Each partition writes its own sub-range of every edge's bucket, so the scatter needs no locks.
        var cursors = new int[scans.Length][];
        var running = offsets[..numSlots];
        for (var p = 0; p < scans.Length; p++)
        {
            cursors[p] = (int[])running.Clone();
            var timed = scans[p].Timed!;
            for (var s = 0; s < numSlots; s++)
                running[s] += timed[s];
        }

        var flat = new long[offsets[numSlots]];
        LogParts.For(scans.Length, p => Scatter(log, slots, bounds[p], bounds[p + 1], cursors[p], flat), parallel);

        var medians = new double[numSlots];
        void Median(int s)
        {
            var length = offsets[s + 1] - offsets[s];
            medians[s] = length == 0 ? double.NaN : Selection.Median(flat.AsSpan(offsets[s], length));
        }
        // One case range is a small log: its medians are not worth starting the thread pool for either.
        if (scans.Length == 1)
        {
            for (var s = 0; s < numSlots; s++)
                Median(s);
        }
        else
        {
            Parallel.For(0, numSlots, parallel, Median);
        }
        return medians;
    }

    private static void Scatter(EventLog log, EdgeSlots slots, int from, int to, int[] cursor, long[] flat)
    {
        var acts = log.Activities;
        var ts = log.Timestamps;
        var durations = log.Durations;
        var starts = log.CaseStarts;
        for (var c = from; c < to; c++)
        {
            var end = starts[c + 1] - 1;
            for (var i = starts[c]; i < end; i++)
            {
                if (ts[i] == EventLog.NoTimestamp || ts[i + 1] == EventLog.NoTimestamp)
                    continue;
                var d = ts[i + 1] - ts[i];
                if (durations is not null)
                    d -= durations[i];
                flat[cursor[slots.Slot(acts[i], acts[i + 1])]++] = d;
            }
        }
    }
}
