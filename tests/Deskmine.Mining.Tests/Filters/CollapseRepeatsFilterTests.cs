using Deskmine.Mining.Filters;

namespace Deskmine.Mining.Tests.Filters;

public sealed class CollapseRepeatsFilterTests
{
    [Fact]
    public void Keeps_the_first_event_of_each_run_of_one_activity()
    {
        var log = Some.Log(
            ("c", "open", 0), ("c", "open", 1), ("c", "type", 2), ("c", "type", 3), ("c", "type", 4), ("c", "post", 5));

        var collapsed = new CollapseRepeatsFilter().Apply(log);

        Assert.Equal(["open", "type", "post"], collapsed.Activities.Select(a => collapsed.ActivityNames[a]));
        Assert.Equal([Some.Micros(0), Some.Micros(2), Some.Micros(5)], collapsed.Timestamps);
    }

    [Fact]
    public void Does_not_merge_across_cases_or_non_adjacent_repeats()
    {
        var log = Some.Log(("a", "x", 0), ("a", "y", 1), ("a", "x", 2), ("b", "x", 3));

        var collapsed = new CollapseRepeatsFilter().Apply(log);

        Assert.Equal(4, collapsed.EventCount);
        Assert.Equal(2, collapsed.CaseCount);
    }
}
