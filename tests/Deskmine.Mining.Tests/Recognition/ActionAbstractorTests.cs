using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class ActionAbstractorTests
{
    [Fact]
    public void Texts_equal_in_content_are_one_place_whether_or_not_they_are_one_string()
    {
        // A store shares one string per repeated text; other sources make a string per event. Both must read alike.
        var shared = Stream(text => text);
        var copied = Stream(text => new string(text.AsSpan()));

        var (sharedActions, sharedLabels, _) = ActionAbstractor.Abstract(shared, RecognitionOptions.Default);
        var (copiedActions, copiedLabels, _) = ActionAbstractor.Abstract(copied, RecognitionOptions.Default);

        Assert.Equal(sharedLabels, copiedLabels);
        Assert.Equal(sharedActions.Select(a => (a.Label, a.First, a.EventCount)), copiedActions.Select(a => (a.Label, a.First, a.EventCount)));
        Assert.Equal(4, sharedLabels.Count);
    }

    [Fact]
    public void A_click_into_a_field_and_the_typing_after_it_are_one_action_of_consecutive_events()
    {
        List<UiEvent> events =
        [
            SomeStreams.Event("u", 0, EventKinds.Click, "Forms", "Name", "Customer"),
            SomeStreams.Event("u", 1, EventKinds.TextInput, "Forms", "Name", "Customer"),
            SomeStreams.Event("u", 2, EventKinds.TextInput, "Forms", "Name", "Customer"),
            SomeStreams.Event("u", 3, EventKinds.Click, "Forms", "Save", "Customer"),
        ];

        var (actions, _, _) = ActionAbstractor.Abstract(events, RecognitionOptions.Default);

        Assert.Equal([(0, 3), (3, 1)], actions.Select(a => (a.First, a.EventCount)));
        Assert.Equal(events[0].Ts, actions[0].Start);
        Assert.Equal(events[2].Ts, actions[0].Ts);
    }

    [Fact]
    public void Actions_at_places_of_one_template_share_one_feature_and_one_key_context()
    {
        // Each invoice's window is a place of its own; their feature and the context of their keys are the same text,
        // which a long stream keeps once, not once per place.
        var events = new List<UiEvent>();
        var t = 0.0;
        for (var i = 0; i < 12; i++)
        {
            var window = "Invoice " + (4711 + i) + " - Ledger";
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, "Ledger", "Post", window));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, "Mail", "Send", "Inbox"));
        }

        var (actions, _, _) = ActionAbstractor.Abstract(events, RecognitionOptions.Default);

        var posts = actions.Where(a => a.App == "Ledger").ToList();
        Assert.Equal(12, posts.Count);
        Assert.All(posts, a => Assert.Single(a.Keys));
        Assert.Equal(12, posts.Select(a => a.Keys[0]).Distinct().Count());
        Assert.All(posts, a => Assert.Same(posts[0].Feature, a.Feature));
        Assert.All(posts, a => Assert.Same(posts[0].KeyContexts![0], a.KeyContexts![0]));
    }

    private static List<UiEvent> Stream(Func<string, string> text)
    {
        var events = new List<UiEvent>();
        var t = 0.0;
        for (var i = 0; i < 10; i++)
        {
            foreach (var (app, element) in new[] { ("Forms", "Open"), ("Forms", "Name"), ("Ledger", "Find"), ("Ledger", "Post") })
                events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, text(app), text(element), text(app + " window")));
        }
        return events;
    }
}
