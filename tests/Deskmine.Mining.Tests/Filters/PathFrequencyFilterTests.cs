using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Filters;

public class PathFrequencyFilterTests
{
    // Edges: a->b 4, b->c 3, a->c 2, c->a 1 — 10 in all.
    private static readonly ProcessMap Map = ProcessMaps.Discover(Some.Traces("abc", "abc", "abc", "ab", "ac", "aca"));

    [Theory]
    [InlineData(100, "a>b,a>c,b>c,c>a")]
    [InlineData(70, "a>b,b>c")]
    [InlineData(71, "a>b,a>c,b>c")]
    [InlineData(0, "a>b")]
    public void Keeps_the_most_frequent_edges_covering_the_share(double percent, string expected)
    {
        var filtered = PathFrequencyFilter.Apply(Map, new PathFrequencyFilterOptions { Percent = percent });

        Assert.Equal(expected, string.Join(",", filtered.Edges.Select(e => e.Source + ">" + e.Target)));
        Assert.Equal(Map.Activities, filtered.Activities);
    }

    [Fact]
    public void Edges_tied_with_the_last_needed_edge_are_kept()
    {
        var map = ProcessMaps.Discover(Some.Traces("ab", "cd"));

        Assert.Equal(2, PathFrequencyFilter.Apply(map, new PathFrequencyFilterOptions { Percent = 10 }).Edges.Count);
    }
}
