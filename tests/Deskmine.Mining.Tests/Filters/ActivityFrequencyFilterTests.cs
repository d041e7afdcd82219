using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Filters;

public class ActivityFrequencyFilterTests
{
    // a: 5 events, b: 3, c: 2 — 10 events in all.
    private static readonly Core.Logs.EventLog Log = Some.Traces("abac", "aba", "ab", "ac");

    [Theory]
    [InlineData(100, "a,b,c")]
    [InlineData(80, "a,b")]
    [InlineData(50, "a")]
    [InlineData(0, "a")]
    public void Keeps_the_most_frequent_activities_covering_the_share_of_events(double percent, string expected)
    {
        var filtered = new ActivityFrequencyFilter(new ActivityFrequencyFilterOptions { Percent = percent }).Apply(Log);

        var names = ProcessMaps.Discover(filtered).Activities.Select(a => a.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public void Removed_events_let_their_neighbours_follow_each_other_and_empty_cases_disappear()
    {
        // b: 4 events of 8, so 50 % keeps only b.
        var filtered = new ActivityFrequencyFilter(new ActivityFrequencyFilterOptions { Percent = 50 }).Apply(Some.Traces("bab", "bb", "cc", "a"));

        Assert.Equal(["c0", "c1"], filtered.CaseIds);
        Assert.Equal(new DfgEdge("b", "b", 2, 90, 90, 60, 120, 180), Assert.Single(ProcessMaps.Discover(filtered).Edges));
    }

    [Fact]
    public void Percent_outside_0_to_100_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityFrequencyFilter(new ActivityFrequencyFilterOptions { Percent = 101 }));
}
