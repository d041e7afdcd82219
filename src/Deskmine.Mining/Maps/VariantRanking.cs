using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>
/// Merges the per-partition variant tallies (in partition order, so global numbers follow first appearance),
/// ranks them by count descending then first appearance, and computes the kept variants' durations.
/// </summary>
internal static class VariantRanking
{
    /// <summary>Merged tallies in order of first appearance; rewrites <paramref name="caseVariant"/> to global numbers.</summary>
    public static List<VariantTally> Merge(EventLog log, int[] bounds, PartitionScan[] scans, int[] caseVariant, ParallelOptions parallel)
    {
        if (scans.Length == 1)
            return scans[0].Variants;
        var index = new Dictionary<CaseSpan, int>(new CaseSpanComparer(log.Activities));
        var merged = new List<VariantTally>();
        var maps = new int[scans.Length][];
        for (var p = 0; p < scans.Length; p++)
        {
            var local = scans[p].Variants;
            var map = maps[p] = new int[local.Count];
            for (var v = 0; v < local.Count; v++)
            {
                if (index.TryGetValue(local[v].Span, out var global))
                {
                    merged[global].Merge(local[v]);
                }
                else
                {
                    global = merged.Count;
                    index.Add(local[v].Span, global);
                    merged.Add(local[v]);
                }
                map[v] = global;
            }
        }
        LogParts.For(scans.Length, p =>
        {
            var map = maps[p];
            for (var c = bounds[p]; c < bounds[p + 1]; c++)
                caseVariant[c] = map[caseVariant[c]];
        }, parallel);
        return merged;
    }

    /// <summary>The kept variants, most frequent first (ties: first appearance), with their case durations.</summary>
    public static List<Variant> Rank(EventLog log, List<VariantTally> tallies, int[] caseVariant, long[] caseDuration, int? maxVariants)
    {
        var order = new int[tallies.Count];
        for (var v = 0; v < order.Length; v++)
            order[v] = v;
        // Global numbers are first-appearance order, so the number breaks count ties.
        Array.Sort(order, (x, y) =>
        {
            var byCount = tallies[y].Count.CompareTo(tallies[x].Count);
            return byCount != 0 ? byCount : x.CompareTo(y);
        });
        var kept = Math.Min(order.Length, maxVariants ?? int.MaxValue);

        // Group the timed durations of the kept variants' cases by rank (counting sort), then select medians.
        var rankOf = new int[tallies.Count];
        Array.Fill(rankOf, -1);
        var offsets = new int[kept + 1];
        for (var r = 0; r < kept; r++)
        {
            rankOf[order[r]] = r;
            offsets[r + 1] = offsets[r] + tallies[order[r]].Timed;
        }
        var cursor = offsets[..kept];
        var flat = new long[offsets[kept]];
        for (var c = 0; c < caseVariant.Length; c++)
        {
            var r = rankOf[caseVariant[c]];
            if (r >= 0 && caseDuration[c] != EventLog.NoTimestamp)
                flat[cursor[r]++] = caseDuration[c];
        }

        var names = log.ActivityNames;
        var acts = log.Activities;
        var result = new List<Variant>(kept);
        for (var r = 0; r < kept; r++)
        {
            var tally = tallies[order[r]];
            var sequence = new string[tally.Span.Length];
            for (var i = 0; i < sequence.Length; i++)
                sequence[i] = names[acts[tally.Span.Offset + i]];
            double? mean = null;
            double? median = null;
            if (tally.Timed > 0)
            {
                mean = tally.SumMicros / tally.Timed / 1e6;
                median = Selection.Median(flat.AsSpan(offsets[r], tally.Timed)) / 1e6;
            }
            result.Add(new Variant(sequence, tally.Count, mean, median));
        }
        return result;
    }
}
