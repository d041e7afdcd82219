using Deskmine.Mining.Maps;

namespace Deskmine.Workspaces.Tests.ClickHouse;

/// <summary>Two process maps are the same: counts and orders exactly, times within 1e-9 relative (sums run in another order).</summary>
internal static class MapAssert
{
    public static void Equal(ProcessMap expected, ProcessMap actual)
    {
        Assert.Equal(expected.NumCases, actual.NumCases);
        Assert.Equal(expected.NumEvents, actual.NumEvents);
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal(expected.StartActivities.ToList(), actual.StartActivities.ToList());
        Assert.Equal(expected.EndActivities.ToList(), actual.EndActivities.ToList());
        Assert.Equal(expected.Edges.Count, actual.Edges.Count);
        for (var i = 0; i < expected.Edges.Count; i++)
        {
            var (e, a) = (expected.Edges[i], actual.Edges[i]);
            var what = $"edge {e.Source} -> {e.Target}";
            Assert.Equal((e.Source, e.Target, e.Frequency), (a.Source, a.Target, a.Frequency));
            Close(e.MeanS, a.MeanS, what + " mean");
            Close(e.MedianS, a.MedianS, what + " median");
            Close(e.MinS, a.MinS, what + " min");
            Close(e.MaxS, a.MaxS, what + " max");
            Close(e.SumS, a.SumS, what + " sum");
        }
        Assert.Equal(expected.NumVariants, actual.NumVariants);
        Assert.Equal(expected.Variants.Count, actual.Variants.Count);
        for (var i = 0; i < expected.Variants.Count; i++)
        {
            var (e, a) = (expected.Variants[i], actual.Variants[i]);
            Assert.Equal(e.Activities, a.Activities);
            Assert.Equal(e.Count, a.Count);
            Close(e.MeanDurationS, a.MeanDurationS, $"variant {i} mean");
            Close(e.MedianDurationS, a.MedianDurationS, $"variant {i} median");
        }
    }

    private static void Close(double? expected, double? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected no time, got {actual}");
            return;
        }
        Assert.True(actual is not null, $"{what}: expected {expected}, got no time");
        var tolerance = Math.Max(1e-9, Math.Abs(expected.Value) * 1e-9);
        Assert.True(Math.Abs(expected.Value - actual!.Value) <= tolerance, $"{what}: expected {expected}, got {actual}");
    }
}
