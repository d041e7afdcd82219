using System.Text.Json;
using Deskmine.Mining.Maps;
using Deskmine.Storage.Formats;

namespace Deskmine.Mining.Tests.Maps;

/// <summary>
/// The maps of the shared reference logs against pm4py 2.7.14's answers (<c>data/eventlogs/expected</c>):
/// counts, edges, start and end activities and variants exactly; edge times within 1e-6 relative. No slack
/// anywhere: the importers read times as pm4py does (XES: local clock reading, offset dropped; CSV: offset
/// applied) and interval events (<c>start_timestamp</c>) are measured from one event's end to the next one's start.
/// </summary>
public class Pm4pyComparisonTests
{
    private const string NoShared = "The shared reference logs (../shared/data/eventlogs) are not in this checkout.";

    public static TheoryData<string> Logs()
    {
        var data = new TheoryData<string>();
        var expected = SharedData.Root is { } root ? Path.Combine(root, "data", "eventlogs", "expected") : null;
        if (expected is null || !Directory.Exists(expected))
        {
            data.Add(NoShared);
            return data;
        }
        foreach (var file in Directory.GetFiles(expected, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Logs))]
    public void Map_equals_pm4py(string log)
    {
        Skip.If(log == NoShared, NoShared);
        var folder = Path.Combine(SharedData.Root!, "data", "eventlogs");
        var path = Path.Combine(folder, "logs", log);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected", log + ".json")));
        var pm = expected.RootElement;

        var map = ProcessMaps.Discover(EventLogs.FromEvents(LogReaders.Open(path)));

        Assert.Equal(pm.GetProperty("num_cases").GetInt32(), map.NumCases);
        Assert.Equal(pm.GetProperty("num_events").GetInt64(), map.NumEvents);
        Assert.Equal(Counts(pm.GetProperty("activities")), map.Activities.ToDictionary(a => a.Name, a => a.Count));
        Assert.Equal(Counts(pm.GetProperty("start_activities")), map.StartActivities.ToDictionary(p => p.Key, p => (long)p.Value));
        Assert.Equal(Counts(pm.GetProperty("end_activities")), map.EndActivities.ToDictionary(p => p.Key, p => (long)p.Value));
        AssertEdges(pm.GetProperty("dfg"), map);
        AssertVariants(pm, map);
    }

    private static Dictionary<string, long> Counts(JsonElement obj) =>
        obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());

    private static void AssertEdges(JsonElement dfg, ProcessMap map)
    {
        var edges = map.Edges.ToDictionary(e => (e.Source, e.Target));
        Assert.Equal(dfg.GetArrayLength(), edges.Count);
        foreach (var pm in dfg.EnumerateArray())
        {
            var key = (pm.GetProperty("source").GetString()!, pm.GetProperty("target").GetString()!);
            Assert.True(edges.TryGetValue(key, out var edge), $"missing edge {key}");
            Assert.Equal(pm.GetProperty("frequency").GetInt64(), edge.Frequency);
            Time(pm, "mean_s", edge.MeanS);
            Time(pm, "median_s", edge.MedianS);
            Time(pm, "min_s", edge.MinS);
            Time(pm, "max_s", edge.MaxS);
            Time(pm, "sum_s", edge.SumS);
        }
    }

    private static void Time(JsonElement pm, string name, double? actual)
    {
        var value = pm.GetProperty(name);
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        var expected = value.GetDouble();
        var tolerance = Math.Max(Math.Abs(expected) * 1e-6, 1e-9);
        Assert.True(Math.Abs(expected - actual.Value) <= tolerance, $"{name}: expected {expected}, got {actual}");
    }

    /// <summary>
    /// pm4py lists the top variants; where the last listed count is shared by more variants than fit, any of
    /// them may be listed. So: every variant with a higher count must match exactly, and the listed ones
    /// with the last count must be among ours with that count.
    /// </summary>
    private static void AssertVariants(JsonElement pm, ProcessMap map)
    {
        Assert.Equal(pm.GetProperty("num_variants").GetInt32(), map.NumVariants);
        var top = pm.GetProperty("top_variants").EnumerateArray()
            .Select(v => (Key: string.Join(" > ", v.GetProperty("activities").EnumerateArray().Select(a => a.GetString())), Count: v.GetProperty("count").GetInt32()))
            .ToList();
        if (top.Count == 0)
            return;
        var last = top.Min(v => v.Count);
        var ours = map.Variants.Select(v => (Key: string.Join(" > ", v.Activities), v.Count)).ToList();
        Assert.Equal(
            top.Where(v => v.Count > last).Order(),
            ours.Where(v => v.Count > last).Order());
        var oursAtLast = ours.Where(v => v.Count == last).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(top.Where(v => v.Count == last), v => Assert.Contains(v.Key, oursAtLast));
    }
}
