using System.Runtime.InteropServices;
using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>
/// The single streaming pass over one range of cases: activity, start and end counts, edge frequency and time
/// totals, and the variant of each case (found by hashing the case's activity span). An edge's time runs from
/// the end of the first event (its timestamp plus its duration, when the log has durations) to the start of
/// the next one.
/// </summary>
internal sealed class PartitionScan
{
    public PartitionScan(int numActivities, int numSlots, bool performance)
    {
        ActivityEvents = new int[numActivities];
        ActivityCases = new int[numActivities];
        Starts = new int[numActivities];
        Ends = new int[numActivities];
        Frequency = new int[numSlots];
        if (performance)
        {
            Timed = new int[numSlots];
            SumMicros = new double[numSlots];
            MinMicros = new long[numSlots];
            MaxMicros = new long[numSlots];
            Array.Fill(MinMicros, long.MaxValue);
            Array.Fill(MaxMicros, long.MinValue);
        }
    }

    public int[] ActivityEvents { get; }
    public int[] ActivityCases { get; }
    public int[] Starts { get; }
    public int[] Ends { get; }
    public int[] Frequency { get; }
    public int[]? Timed { get; }
    public double[]? SumMicros { get; }
    public long[]? MinMicros { get; }
    public long[]? MaxMicros { get; }

    /// <summary>Variants of this range in order of first appearance.</summary>
    public List<VariantTally> Variants { get; } = [];

    /// <summary>Scans cases <c>[from, to)</c>; writes each case's local variant number into <paramref name="caseVariant"/> and its duration into <paramref name="caseDuration"/>.</summary>
    public void Run(EventLog log, EdgeSlots slots, int from, int to, int[]? caseVariant, long[]? caseDuration)
    {
        var acts = log.Activities;
        var ts = log.Timestamps;
        var durations = log.Durations;
        var caseStarts = log.CaseStarts;
        var lastCase = new int[ActivityEvents.Length];
        Array.Fill(lastCase, -1);
        var variantIndex = caseVariant is null ? null : new Dictionary<CaseSpan, int>(new CaseSpanComparer(acts));
        var timed = Timed;
        var sum = SumMicros;
        var min = MinMicros;
        var max = MaxMicros;

        for (var c = from; c < to; c++)
        {
            var s = caseStarts[c];
            var e = caseStarts[c + 1];
            if (e > s)
            {
                Starts[acts[s]]++;
                Ends[acts[e - 1]]++;
            }
            for (var i = s; i < e; i++)
            {
                var a = acts[i];
                ActivityEvents[a]++;
                if (lastCase[a] != c)
                {
                    lastCase[a] = c;
                    ActivityCases[a]++;
                }
                if (i + 1 == e)
                    break;
                var slot = slots.Slot(a, acts[i + 1]);
                Frequency[slot]++;
                if (timed is not null && ts[i] != EventLog.NoTimestamp && ts[i + 1] != EventLog.NoTimestamp)
                {
                    var d = ts[i + 1] - ts[i];
                    if (durations is not null)
                        d -= durations[i];
                    timed[slot]++;
                    sum![slot] += d;
                    if (d < min![slot]) min[slot] = d;
                    if (d > max![slot]) max[slot] = d;
                }
            }
            if (variantIndex is not null)
            {
                var duration = CaseDuration(ts, durations, s, e);
                caseDuration![c] = duration;
                caseVariant![c] = Tally(variantIndex, new CaseSpan(s, e - s), c, duration);
            }
        }
    }

    /// <summary>
    /// From the first start to the last end in microseconds (without durations: last minus first timestamp),
    /// or <see cref="EventLog.NoTimestamp"/> when any event lacks a time.
    /// </summary>
    internal static long CaseDuration(long[] ts, long[]? durations, int s, int e)
    {
        if (e == s)
            return 0;
        for (var i = s; i < e; i++)
        {
            if (ts[i] == EventLog.NoTimestamp)
                return EventLog.NoTimestamp;
        }
        if (durations is null)
            return ts[e - 1] - ts[s];
        // Events are ordered by start; a long one that started earlier may end last.
        var end = long.MinValue;
        for (var i = s; i < e; i++)
            end = Math.Max(end, ts[i] + durations[i]);
        return end - ts[s];
    }

    private int Tally(Dictionary<CaseSpan, int> index, CaseSpan span, int caseIndex, long duration)
    {
        ref var local = ref CollectionsMarshal.GetValueRefOrAddDefault(index, span, out var exists);
        if (!exists)
        {
            local = Variants.Count;
            Variants.Add(new VariantTally(span, caseIndex));
        }
        Variants[local].Add(duration);
        return local;
    }
}
