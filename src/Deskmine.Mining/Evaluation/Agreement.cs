namespace Deskmine.Mining.Evaluation;

/// <summary>Clustering agreement measures over parallel label arrays.</summary>
internal static class Agreement
{
    /// <summary>Adjusted Rand index (Hubert and Arabie, 1985); 1 when both partitions are one cluster and equal.</summary>
    public static double AdjustedRand(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = a.Count;
        if (n < 2)
            return 1.0;
        var cells = new Dictionary<(string, string), long>();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var cols = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            cells[(a[i], b[i])] = cells.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            cols[b[i]] = cols.GetValueOrDefault(b[i]) + 1;
        }
        static double C2(long x) => x * (x - 1) / 2.0;
        var index = cells.Values.Sum(C2);
        var sa = rows.Values.Sum(C2);
        var sb = cols.Values.Sum(C2);
        var expected = sa * sb / C2(n);
        var max = (sa + sb) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    /// <summary>
    /// Weighted precision, recall and F1 after mapping each predicted cluster to its majority true label
    /// (ties to the ordinally smallest label), per class over the true labels, weighted by true support.
    /// </summary>
    public static (double P, double R, double F1) MajorityMapped(IReadOnlyList<string> predicted, IReadOnlyList<string> truth)
    {
        var n = predicted.Count;
        if (n == 0)
            return (0, 0, 0);
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!votes.TryGetValue(predicted[i], out var v))
                votes[predicted[i]] = v = new Dictionary<string, int>(StringComparer.Ordinal);
            v[truth[i]] = v.GetValueOrDefault(truth[i]) + 1;
        }
        var map = votes.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Value)
            .ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var predCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var p = map[predicted[i]];
            predCount[p] = predCount.GetValueOrDefault(p) + 1;
            support[truth[i]] = support.GetValueOrDefault(truth[i]) + 1;
            if (p == truth[i])
                tp[p] = tp.GetValueOrDefault(p) + 1;
        }
        double wp = 0, wr = 0, wf = 0;
        foreach (var (label, s) in support)
        {
            var t = tp.GetValueOrDefault(label);
            var pc = predCount.GetValueOrDefault(label);
            var prec = pc == 0 ? 0 : (double)t / pc;
            var rec = (double)t / s;
            var f = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            wp += prec * s;
            wr += rec * s;
            wf += f * s;
        }
        return (wp / n, wr / n, wf / n);
    }

    /// <summary>Levenshtein distance of two sequences divided by the longer length.</summary>
    public static double NormalisedEditDistance(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var max = Math.Max(a.Count, b.Count);
        if (max == 0)
            return 0;
        // Both are increasing event-id sequences; beyond this size the exact table is too costly and the
        // distance is taken as max − |a ∩ b|, which the exact value rarely exceeds for such sequences.
        if ((long)a.Count * b.Count > 4_000_000)
            return (max - a.Intersect(b).Count()) / (double)max;
        var prev = new int[b.Count + 1];
        var cur = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
            prev[j] = j;
        for (var i = 1; i <= a.Count; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Count; j++)
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Count] / (double)max;
    }
}
