using Deskmine.Mining.Filters;

namespace Deskmine.Mining.Tests.Filters;

public class TimeWindowFilterTests
{
    //  time   0    10   20   30   40
    //  c1     a----b                      inside [5, 35)? no (starts at 0)
    //  c2          a----b                 inside
    //  c3                    a----b       overlaps the end
    //  c4     a (no time) b               untimed
    private static readonly Core.Logs.EventLog Log = Some.Log(
        ("c1", "a", 0), ("c1", "b", 10),
        ("c2", "a", 10), ("c2", "b", 20),
        ("c3", "a", 30), ("c3", "b", 40),
        ("c4", "a", null), ("c4", "b", null));

    private static Core.Logs.EventLog Filter(TimeWindowMode mode) =>
        new TimeWindowFilter(new TimeWindowFilterOptions { From = Some.At(5), To = Some.At(35), Mode = mode }).Apply(Log);

    [Fact]
    public void Contained_keeps_cases_entirely_inside_the_window() =>
        Assert.Equal(["c2"], Filter(TimeWindowMode.Contained).CaseIds);

    [Fact]
    public void Intersecting_keeps_whole_cases_that_overlap_the_window()
    {
        var filtered = Filter(TimeWindowMode.Intersecting);

        Assert.Equal(["c1", "c2", "c3"], filtered.CaseIds);
        Assert.Equal(6, filtered.EventCount);
    }

    [Fact]
    public void Trim_keeps_only_the_events_inside_the_window()
    {
        var filtered = Filter(TimeWindowMode.Trim);

        Assert.Equal(["c1", "c2", "c3"], filtered.CaseIds);
        Assert.Equal([1, 3, 4], filtered.CaseStarts[1..]);
    }

    [Fact]
    public void The_end_of_the_window_is_exclusive()
    {
        var filtered = new TimeWindowFilter(new TimeWindowFilterOptions { From = Some.At(10), To = Some.At(20) }).Apply(Log);

        Assert.Empty(filtered.CaseIds);
    }

    [Fact]
    public void An_empty_window_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new TimeWindowFilter(new TimeWindowFilterOptions { From = Some.At(5), To = Some.At(5) }));
}
