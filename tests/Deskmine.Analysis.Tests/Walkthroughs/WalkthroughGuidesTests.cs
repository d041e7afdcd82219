using Deskmine.Analysis.Walkthroughs;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.Walkthroughs;

public sealed class WalkthroughGuidesTests
{
    // A browser page read by two sources: the X server reports the clicks, the browser extension the form submit.
    private static UiEvent Page(double seconds, long seq, string kind, string? target = null, string? role = null) =>
        Some.Event(seconds, kind, app: "chromium", window: "New order - ACME", url: "http://127.0.0.1/orders", target: target, role: role) with { Seq = seq };

    [Fact]
    public void Steps_follow_the_time_of_the_events_not_the_order_in_which_the_sources_delivered_them()
    {
        // The submit reached the file (seq 2) before the click on the button that caused it (seq 3).
        UiEvent[] events =
        [
            Page(0, 0, EventKinds.Click, "Card number", "text"),
            Page(1, 1, EventKinds.TextInput, "Card number", "text"),
            Page(3.05, 2, EventKinds.FormSubmit),
            Page(3, 3, EventKinds.Click, "Save order", "push button"),
        ];

        var guide = WalkthroughGuides.Build("Enter an order", events);

        var titles = guide.Steps.Select(s => s.Title).ToList();
        var save = titles.FindIndex(t => t.Contains("'Save order'", StringComparison.Ordinal));
        var submit = titles.FindIndex(t => t.StartsWith("Submit", StringComparison.Ordinal));
        Assert.True(save >= 0 && submit >= 0 && save < submit, string.Join(" | ", titles));
    }

    [Fact]
    public void Events_at_the_same_time_keep_the_order_in_which_they_were_recorded()
    {
        UiEvent[] events =
        [
            Page(1, 1, EventKinds.Click, "Save order", "push button"),
            Page(0, 0, EventKinds.Click, "Card number", "text"),
            Page(1, 2, EventKinds.FormSubmit),
        ];

        var guide = WalkthroughGuides.Build("Enter an order", events);

        var titles = guide.Steps.Select(s => s.Title).ToList();
        var save = titles.FindIndex(t => t.Contains("'Save order'", StringComparison.Ordinal));
        var submit = titles.FindIndex(t => t.StartsWith("Submit", StringComparison.Ordinal));
        Assert.True(save >= 0 && submit >= 0 && save < submit, string.Join(" | ", titles));
    }
}
