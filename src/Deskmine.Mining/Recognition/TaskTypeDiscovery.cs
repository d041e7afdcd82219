using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <summary>Type index per segment, for segments given as their labels' texts.</summary>
    public static int[] Discover(IReadOnlyList<IReadOnlyList<string>> segmentLabels, RecognitionOptions options) =>
        Discover(CodedTexts.Number(segmentLabels, []), options);

    /// <summary>Type index per segment, for segments given as numbers of their labels (equal numbers, equal labels).</summary>
    public static int[] Discover(IReadOnlyList<CodedTexts> segmentLabels, RecognitionOptions options)
    {
        // Each signature is a sorted array of distinct label numbers, so the many distance computations below are
        // merges of small int arrays rather than hash-set probes of strings.
        var sigIndex = new Dictionary<int[], int>(SetComparer.Instance);
        var sigs = new List<int[]>();
        var weights = new List<int>();
        var sigOfSegment = new int[segmentLabels.Count];
        for (var s = 0; s < segmentLabels.Count; s++)
        {
            var ids = segmentLabels[s].Codes.ToArray();
            Array.Sort(ids);
            var distinct = 0;
            for (var k = 0; k < ids.Length; k++)
                if (k == 0 || ids[k] != ids[k - 1])
                    ids[distinct++] = ids[k];
            if (distinct < ids.Length)
                Array.Resize(ref ids, distinct);
            if (!sigIndex.TryGetValue(ids, out var id))
            {
                id = sigs.Count;
                sigIndex[ids] = id;
                sigs.Add(ids);
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
        // Each rare signature is placed independently of the others, so the placements run in parallel.
        var index = new SignatureIndex([.. top.Select(i => sigs[i])]);
        Parallel.For(0, sigs.Count, () => new int[m], (s, _, shared) =>
        {
            if (clusterOfSig[s] < 0)
                clusterOfSig[s] = clusterOfTop[index.Nearest(sigs[s], shared)];
            return shared;
        }, _ => { });
        // Sizes count every segment, the rare signatures' too; the closeness of groups is judged on the clustered ones.
        var size = new Dictionary<int, double>();
        for (var sg = 0; sg < sigs.Count; sg++)
            size[clusterOfSig[sg]] = size.GetValueOrDefault(clusterOfSig[sg]) + weights[sg];
        var folded = FoldRareTypes(dist, w, clusterOfTop, size, options.MinTypeShare * segmentLabels.Count);
        for (var sg = 0; sg < sigs.Count; sg++)
            clusterOfSig[sg] = folded.GetValueOrDefault(clusterOfSig[sg], clusterOfSig[sg]);
        var result = new int[sigOfSegment.Length];
        for (var s = 0; s < result.Length; s++)
            result[s] = clusterOfSig[sigOfSegment[s]];
        return result;
    }

    /// <summary>Jaccard distance of two sets given as ascending arrays of distinct ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double Jaccard(int[] a, int[] b)
    {
        int inter = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                inter++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return Jaccard(a.Length, b.Length, inter);
    }

    /// <summary>Jaccard distance of two sets of <paramref name="a"/> and <paramref name="b"/> elements sharing <paramref name="shared"/>.</summary>
    internal static double Jaccard(int a, int b, int shared) =>
        a == 0 && b == 0 ? 0 : 1.0 - ((double)shared / (a + b - shared));

    // Average-linkage agglomeration recording every level; the level with the best weighted silhouette wins.
    private static int[] BestCut(double[,] dist, double[] w, RecognitionOptions options)
    {
        var m = w.Length;
        var members = Enumerable.Range(0, m).Select(i => new List<int> { i }).ToList();
        // Linkage of each pair of clusters, by the number each cluster started as, the earlier cluster first (clusters
        // keep their order). A merge changes only the merged cluster's linkages, so only those are computed again, each
        // as it would be from scratch: the same sums in the same order.
        var number = Enumerable.Range(0, m).ToList();
        var link = new double[m, m];
        for (var a = 0; a < m; a++)
            for (var b = a + 1; b < m; b++)
                link[a, b] = Linkage(dist, w, members[a], members[b]);
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
                    var d = link[number[a], number[b]];
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
            number.RemoveAt(bb);
            for (var c = 0; c < members.Count; c++)
            {
                if (c != ba)
                {
                    var (x, y) = c < ba ? (c, ba) : (ba, c);
                    link[number[x], number[y]] = Linkage(dist, w, members[x], members[y]);
                }
            }
        }
        return best;
    }

    // A group holding fewer than `floor` segments is not a task type of its own: it joins the type it is closest to
    // (average distance), smallest groups first, so a handful of odd instances does not read as extra work. Returns
    // where each folded group went.
    private static Dictionary<int, int> FoldRareTypes(double[,] dist, double[] w, int[] cluster, Dictionary<int, double> size, double floor)
    {
        var groups = Enumerable.Range(0, w.Length).GroupBy(i => cluster[i]).ToDictionary(g => g.Key, g => g.ToList());
        var into = new Dictionary<int, int>();
        while (groups.Count > 1)
        {
            var smallest = groups.Keys.OrderBy(k => size[k]).ThenBy(k => k).First();
            if (size[smallest] >= floor)
                break;
            var members = groups[smallest];
            var nearest = groups.Where(g => g.Key != smallest)
                .OrderBy(g => Linkage(dist, w, members, g.Value)).ThenBy(g => g.Key).First().Key;
            groups[nearest].AddRange(members);
            size[nearest] += size[smallest];
            groups.Remove(smallest);
            foreach (var k in into.Where(p => p.Value == smallest).Select(p => p.Key).ToList())
                into[k] = nearest;
            into[smallest] = nearest;
        }
        return into;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    public static string KeyOf(IReadOnlyList<CodedTexts> segments)
    {
        var table = segments.Count > 0 ? segments[0].Table : [];
        // Per label number: in how many segments, and one more than the last segment counted (a label counts once per
        // segment); labels in order of first meeting.
        var count = new int[table.Count];
        var last = new int[table.Count];
        var met = new List<int>();
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var code in segments[s].Codes)
            {
                if (last[code] == s + 1)
                    continue;
                if (last[code] == 0)
                    met.Add(code);
                (count[code], last[code]) = (count[code] + 1, s + 1);
            }
        }
        var core = met.Where(l => count[l] * 2 >= segments.Count).Select(l => table[l]).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', core)));
        return "t" + Convert.ToHexStringLower(hash)[..10];
    }

    // Equal signatures: the same distinct label numbers in the same (ascending) order.
    private sealed class SetComparer : IEqualityComparer<int[]>
    {
        public static readonly SetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
