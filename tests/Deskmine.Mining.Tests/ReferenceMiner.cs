using Deskmine.Core.Logs;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests;

/// <summary>A deliberately plain (lists and dictionaries, full sorts) map computation to check the fast miner against.</summary>
internal static class ReferenceMiner
{
    public static ProcessMap Discover(EventLog log)
    {
        var events = new Dictionary<string, long>();
        var cases = new Dictionary<string, HashSet<int>>();
        var startActs = new Dictionary<string, int>();
        var endActs = new Dictionary<string, int>();
        var pairs = new Dictionary<(string, string), (long Freq, List<double> Times)>();
        var variants = new List<(string Key, string[] Acts, int Count, List<double> Durations)>();
        var variantIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < log.CaseCount; c++)
        {
            var acts = log.ActivitiesOf(c).ToArray().Select(a => log.ActivityNames[a]).ToArray();
            var ts = log.TimestampsOf(c).ToArray();
            var ends = Enumerable.Range(log.CaseStarts[c], ts.Length).Select(log.EndOf).ToArray();
            if (acts.Length == 0)
                continue;
            Inc(startActs, acts[0]);
            Inc(endActs, acts[^1]);
            for (var i = 0; i < acts.Length; i++)
            {
                events[acts[i]] = events.GetValueOrDefault(acts[i]) + 1;
                if (!cases.TryGetValue(acts[i], out var set))
                    cases[acts[i]] = set = [];
                set.Add(c);
                if (i + 1 < acts.Length)
                {
                    var key = (acts[i], acts[i + 1]);
                    var entry = pairs.GetValueOrDefault(key, (0, new List<double>()));
                    if (ts[i] != EventLog.NoTimestamp && ts[i + 1] != EventLog.NoTimestamp)
                        entry.Times.Add((ts[i + 1] - ends[i]) / 1e6);
                    pairs[key] = (entry.Freq + 1, entry.Times);
                }
            }
            var variantKey = string.Join("\u0001", acts);
            if (!variantIndex.TryGetValue(variantKey, out var index))
            {
                variants.Add((variantKey, acts, 0, []));
                index = variants.Count - 1;
                variantIndex[variantKey] = index;
            }
            var v = variants[index];
            if (ts.All(t => t != EventLog.NoTimestamp))
                v.Durations.Add((ends.Max() - ts[0]) / 1e6);
            variants[index] = (v.Key, v.Acts, v.Count + 1, v.Durations);
        }
        return new ProcessMap
        {
            NumCases = log.CaseCount,
            NumEvents = log.EventCount,
            Activities = events.Select(p => new ActivityStat(p.Key, p.Value, cases[p.Key].Count))
                .OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).ToList(),
            StartActivities = startActs,
            EndActivities = endActs,
            Edges = pairs.Select(p => new DfgEdge(p.Key.Item1, p.Key.Item2, p.Value.Freq,
                    p.Value.Times.Count == 0 ? null : p.Value.Times.Average(),
                    Median(p.Value.Times),
                    p.Value.Times.Count == 0 ? null : p.Value.Times.Min(),
                    p.Value.Times.Count == 0 ? null : p.Value.Times.Max(),
                    p.Value.Times.Count == 0 ? null : p.Value.Times.Sum()))
                .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList(),
            NumVariants = variants.Count,
            Variants = variants.Select(v => new Variant(v.Acts, v.Count,
                    v.Durations.Count == 0 ? null : v.Durations.Average(), Median(v.Durations)))
                .OrderByDescending(v => v.Count).ToList(),
        };
    }

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void Inc(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
