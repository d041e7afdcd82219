using Deskmine.Mining.Filters;

namespace Deskmine.Mining.Tests.Filters;

public class LogFilterTests
{
    [Fact]
    public void Chained_filters_apply_in_order()
    {
        var log = Some.Log(("c1", "a", 0, "ann"), ("c1", "b", 100, "ann"), ("c2", "a", 0, "bob"), ("c2", "a", 1, "bob"), ("c3", "b", 0, "ann"));
        var byUser = new AttributeFilter(new AttributeFilterOptions { Attribute = "user", Values = ["ann"] });
        var shortCases = new TimeWindowFilter(new TimeWindowFilterOptions { From = Some.At(0), To = Some.At(50) });

        Assert.Equal(["c3"], byUser.Then(shortCases).Apply(log).CaseIds);
        Assert.Equal(["c3"], LogFilter.Chain(shortCases, byUser).Apply(log).CaseIds);
        Assert.Same(log, LogFilter.Chain().Apply(log));
    }

    [Fact]
    public void Filters_do_not_change_their_input()
    {
        var log = Some.Traces("ab", "ba");
        var before = log.Activities.ToArray();

        new VariantFilter(new VariantFilterOptions { TopK = 1 }).Apply(log);

        Assert.Equal(before, log.Activities);
        Assert.Equal(2, log.CaseCount);
    }
}
