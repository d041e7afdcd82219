using Deskmine.Core.Errors;
using Deskmine.Mining.Filters;

namespace Deskmine.Mining.Tests.Filters;

public class AttributeFilterTests
{
    private static readonly Core.Logs.EventLog Log = Some.Log(
        ("c1", "a", 0, "ann"), ("c1", "b", 1, "bob"),
        ("c2", "a", 0, "bob"), ("c2", "b", 1, "bob"),
        ("c3", "a", 0, "cy"), ("c3", "b", 1, null));

    private static Core.Logs.EventLog Filter(AttributeFilterMode mode, bool exclude, params string[] values) =>
        new AttributeFilter(new AttributeFilterOptions { Attribute = "user", Values = values, Mode = mode, Exclude = exclude }).Apply(Log);

    [Fact]
    public void Case_mode_keeps_whole_cases_having_an_event_with_the_value()
    {
        var filtered = Filter(AttributeFilterMode.Cases, false, "ann");

        Assert.Equal(["c1"], filtered.CaseIds);
        Assert.Equal(2, filtered.EventCount);
    }

    [Fact]
    public void Event_mode_keeps_only_the_matching_events_and_their_attributes()
    {
        var filtered = Filter(AttributeFilterMode.Events, false, "ann", "cy");

        Assert.Equal(["c1", "c3"], filtered.CaseIds);
        Assert.Equal(["ann", "cy"], Enumerable.Range(0, filtered.EventCount).Select(i => filtered.Attributes["user"].ValueAt(i)));
    }

    [Fact]
    public void Exclude_drops_the_matching_cases() =>
        Assert.Equal(["c3"], Filter(AttributeFilterMode.Cases, true, "bob").CaseIds);

    [Fact]
    public void Exclude_in_event_mode_keeps_events_with_missing_values() =>
        Assert.Equal(3, Filter(AttributeFilterMode.Events, true, "bob").EventCount);

    [Fact]
    public void An_unknown_attribute_is_reported_as_bad_input()
    {
        var filter = new AttributeFilter(new AttributeFilterOptions { Attribute = "team", Values = ["x"] });

        var error = Assert.Throws<InputException>(() => filter.Apply(Log));
        Assert.Equal("team", error.Column);
        Assert.Contains("user", error.Problem, StringComparison.Ordinal);
    }
}
