using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class SegmentCodesTests
{
    [Theory]
    [InlineData(SegmentCodes.DefaultMemoryBudget, false)]
    [InlineData(100, true)]
    [InlineData(0, true)]
    public void Segments_come_back_in_the_order_added_from_memory_or_from_the_file(long budget, bool inFile)
    {
        using var codes = new SegmentCodes(budget);
        var segments = Enumerable.Range(0, 500).Select(s => Enumerable.Range(0, s % 7).Select(a => s * 10 + a).ToArray()).ToList();
        foreach (var labels in segments)
            codes.Add(labels, [.. labels.Select(l => l % 3)], [.. labels.Select(l => -l)]);

        Assert.Equal(inFile, codes.InFile);
        Assert.Equal(segments.Count, codes.Count);
        var (l, a, f) = codes.TakeAll();

        Assert.Equal(segments, l);
        Assert.Equal(segments.Select(x => x.Select(v => v % 3).ToArray()), a);
        Assert.Equal(segments.Select(x => x.Select(v => -v).ToArray()), f);
        Assert.Equal(0, codes.Count);
    }

    [Fact]
    public void A_segment_needs_one_application_and_feature_per_action()
    {
        using var codes = new SegmentCodes();

        Assert.Throws<ArgumentException>(() => codes.Add([1, 2], [1], [1, 2]));
        Assert.Equal(0, codes.Count);
    }
}
