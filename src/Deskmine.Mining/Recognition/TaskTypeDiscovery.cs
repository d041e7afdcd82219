using System.Security.Cryptography;
using System.Text;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Groups segments into task types without being told how many: segments are described by the set of their
/// action labels, identical sets are pooled, the most frequent sets are clustered by average-linkage
/// agglomeration on Jaccard distance, and the number of types is the cut with the best support-weighted
/// silhouette (one type when no cut reaches <see cref="RecognitionOptions.MinSilhouette"/>). Rarer sets join
/// the type of their nearest clustered set.
/// </summary>
internal static class TaskTypeDiscovery
{
    /// <summary>Type index per segment.</summary>
    public static int[] Discover(IReadOnlyList<IReadOnlyList<string>> segmentLabels, RecognitionOptions options)
    {
        var sigIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sigs = new List<HashSet<string>>();
        var weights = new List<int>();
        var sigOfSegment = new int[segmentLabels.Count];
        for (var s = 0; s < segmentLabels.Count; s++)
        {
            var set = new SortedSet<string>(segmentLabels[s], StringComparer.Ordinal);
            var key = string.Join('\u001f', set);
            if (!sigIndex.TryGetValue(key, out var id))
            {
                id = sigs.Count;
                sigIndex[key] = id;
                sigs.Add([.. set]);
                weights.Add(0);
            }
            weights[id]++;
            sigOfSegment[s] = id;
        }
        if (sigs.Count == 0)
            return [];
        var top = Enumerable.Range(0, sigs.Count).OrderByDescending(i => weights[i]).ThenBy(i => i)
            .Take(options.MaxClusteredSignatures).ToArray();
        var m = top.Length;
        var dist = new double[m, m];
        for (var i = 0; i < m; i++)
            for (var j = i + 1; j < m; j++)
                dist[i, j] = dist[j, i] = Jaccard(sigs[top[i]], sigs[top[j]]);
        var w = top.Select(i => (double)weights[i]).ToArray();
        var clusterOfTop = BestCut(dist, w, options);

        var clusterOfSig = new int[sigs.Count];
        Array.Fill(clusterOfSig, -1);
        for (var i = 0; i < m; i++)
            clusterOfSig[top[i]] = clusterOfTop[i];
        for (var s = 0; s < sigs.Count; s++)
        {
            if (clusterOfSig[s] >= 0)
                continue;
            var best = 0;
            var bestD = double.MaxValue;
            for (var i = 0; i < m; i++)
            {
                var d = Jaccard(sigs[s], sigs[top[i]]);
                if (d < bestD)
                    (best, bestD) = (i, d);
            }
            clusterOfSig[s] = clusterOfTop[best];
        }
        return [.. sigOfSegment.Select(s => clusterOfSig[s])];
    }

    internal static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
            return 0;
        var inter = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 1.0 - ((double)inter / (a.Count + b.Count - inter));
    }

    // Average-linkage agglomeration recording every level; the level with the best weighted silhouette wins.
    private static int[] BestCut(double[,] dist, double[] w, RecognitionOptions options)
    {
        var m = w.Length;
        var members = Enumerable.Range(0, m).Select(i => new List<int> { i }).ToList();
        var best = new int[m];
        var bestScore = options.MinSilhouette;
        while (members.Count > 1)
        {
            double min = double.MaxValue;
            int ba = 0, bb = 1;
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var d = Linkage(dist, w, members[a], members[b]);
                    if (d < min)
                        (min, ba, bb) = (d, a, b);
                }
            }
            // Only levels whose clusters all share less than half their actions are candidate types; closer
            // clusters are variants of one type.
            if (min >= options.MinTypeSeparation && members.Count <= options.MaxTaskTypes)
            {
                var labels = Labels(members, m);
                var score = Silhouette(dist, w, labels, members.Count);
                if (score >= bestScore)
                    (bestScore, best) = (score, labels);
            }
            members[ba].AddRange(members[bb]);
            members.RemoveAt(bb);
        }
        return best;
    }

    private static double Linkage(double[,] dist, double[] w, List<int> a, List<int> b)
    {
        double sum = 0, total = 0;
        foreach (var i in a)
        {
            foreach (var j in b)
            {
                sum += w[i] * w[j] * dist[i, j];
                total += w[i] * w[j];
            }
        }
        return sum / total;
    }

    private static int[] Labels(List<List<int>> members, int m)
    {
        var labels = new int[m];
        for (var c = 0; c < members.Count; c++)
            foreach (var i in members[c])
                labels[i] = c;
        return labels;
    }

    private static double Silhouette(double[,] dist, double[] w, int[] labels, int k)
    {
        var m = w.Length;
        double total = 0, weight = 0;
        var sum = new double[k];
        var mass = new double[k];
        for (var i = 0; i < m; i++)
        {
            Array.Clear(sum);
            Array.Clear(mass);
            for (var j = 0; j < m; j++)
            {
                var wj = i == j ? w[j] - 1 : w[j];
                sum[labels[j]] += wj * dist[i, j];
                mass[labels[j]] += wj;
            }
            var own = labels[i];
            var a = mass[own] > 0 ? sum[own] / mass[own] : 0;
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
                if (c != own && mass[c] > 0)
                    b = Math.Min(b, sum[c] / mass[c]);
            var s = mass[own] <= 0 ? 0 : (b - a) / Math.Max(a, b);
            total += w[i] * (double.IsFinite(s) ? s : 0);
            weight += w[i];
        }
        return total / weight;
    }

    /// <summary>Stable key of a type: a short hash of the labels present in at least half of its segments.</summary>
    public static string KeyOf(IEnumerable<IReadOnlyList<string>> segments)
    {
        var list = segments.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in list)
            foreach (var l in s.Distinct(StringComparer.Ordinal))
                counts[l] = counts.GetValueOrDefault(l) + 1;
        var core = counts.Where(p => p.Value * 2 >= list.Count).Select(p => p.Key).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', core)));
        return "t" + Convert.ToHexStringLower(hash)[..10];
    }
}
