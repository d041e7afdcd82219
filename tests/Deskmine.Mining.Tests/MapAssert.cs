using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests;

/// <summary>Compares process maps field by field, times within a relative tolerance.</summary>
internal static class MapAssert
{
    public static void Equal(ProcessMap expected, ProcessMap actual, double relative = 1e-9)
    {
        Assert.Equal(expected.NumCases, actual.NumCases);
        Assert.Equal(expected.NumEvents, actual.NumEvents);
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal(expected.StartActivities.OrderBy(p => p.Key, StringComparer.Ordinal), actual.StartActivities.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.EndActivities.OrderBy(p => p.Key, StringComparer.Ordinal), actual.EndActivities.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Edges.Count, actual.Edges.Count);
        for (var i = 0; i < expected.Edges.Count; i++)
        {
            var e = expected.Edges[i];
            var a = actual.Edges[i];
            Assert.Equal((e.Source, e.Target, e.Frequency), (a.Source, a.Target, a.Frequency));
            Close(e.MeanS, a.MeanS, relative);
            Close(e.MedianS, a.MedianS, relative);
            Close(e.MinS, a.MinS, relative);
            Close(e.MaxS, a.MaxS, relative);
            Close(e.SumS, a.SumS, relative);
        }
        Assert.Equal(expected.NumVariants, actual.NumVariants);
        Assert.Equal(expected.Variants.Count, actual.Variants.Count);
        for (var i = 0; i < expected.Variants.Count; i++)
        {
            Assert.Equal(expected.Variants[i].Activities, actual.Variants[i].Activities);
            Assert.Equal(expected.Variants[i].Count, actual.Variants[i].Count);
            Close(expected.Variants[i].MeanDurationS, actual.Variants[i].MeanDurationS, relative);
            Close(expected.Variants[i].MedianDurationS, actual.Variants[i].MedianDurationS, relative);
        }
    }

    public static void Close(double? expected, double? actual, double relative)
    {
        if (expected is null || actual is null)
        {
            Assert.Equal(expected, actual);
            return;
        }
        var tolerance = Math.Max(1e-9, Math.Abs(expected.Value) * relative);
        Assert.True(Math.Abs(expected.Value - actual.Value) <= tolerance, $"expected {expected} but got {actual}");
    }
}
