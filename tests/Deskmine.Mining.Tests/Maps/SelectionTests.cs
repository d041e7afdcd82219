using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Maps;

public class SelectionTests
{
    [Theory]
    [InlineData(new long[] { 5 }, 5.0)]
    [InlineData(new long[] { 3, 1, 2 }, 2.0)]
    [InlineData(new long[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new long[] { 7, 7, 7, 7 }, 7.0)]
    [InlineData(new long[] { -3, 10 }, 3.5)]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_values(long[] values, double expected) =>
        Assert.Equal(expected, Selection.Median(values));

    [Fact]
    public void Median_agrees_with_sorting_on_random_data_with_duplicates()
    {
        var rng = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var values = Enumerable.Range(0, rng.Next(1, 300)).Select(_ => (long)rng.Next(0, 50)).ToArray();
            var sorted = values.Order().ToArray();
            var mid = sorted.Length / 2;
            var expected = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
            Assert.Equal(expected, Selection.Median(values.ToArray()));
        }
    }

    [Fact]
    public void Select_places_the_kth_smallest_value_at_k()
    {
        var values = Enumerable.Range(0, 1000).Select(i => (long)((i * 7919) % 1000)).ToArray();
        Assert.Equal(123, Selection.Select(values, 123));
        Assert.All(values[..123], v => Assert.True(v <= 123));
        Assert.All(values[124..], v => Assert.True(v >= 123));
    }

    [Fact]
    public void Select_on_a_short_slice_returns_every_rank_including_the_extremes()
    {
        long[] values = [9, long.MaxValue, -4, 0, long.MinValue, 9, 3, -4, 12, 1, 0, 7, long.MaxValue, 2, -1];
        var sorted = values.Order().ToArray();
        for (var k = 0; k < values.Length; k++)
            Assert.Equal(sorted[k], Selection.Select(values.ToArray(), k));
    }
}
