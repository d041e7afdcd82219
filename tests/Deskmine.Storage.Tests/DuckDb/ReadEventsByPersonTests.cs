using Deskmine.Core.Events;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class ReadEventsByPersonTests
{
    [Fact]
    public void Each_person_comes_once_in_ordinal_order_with_events_by_time_then_stored_order()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        // Three people, times out of stored order, ties on time, one event without a time, attributes on some.
        var events = Enumerable.Range(0, 3000).Select(i => Some.DesktopEvent(
            "s" + (i % 4), i, "App" + (i % 5), EventKinds.Click, "t" + (i % 11), (i * 7919 % 500) * 1000L, user: new[] { "u2", "U1", "u10" }[i % 3])
            with { Ts = i == 17 ? null : (i * 7919 % 500) * 1000L, Attrs = i % 9 == 0 ? new Dictionary<string, string> { ["sheet"] = "S" + (i % 2) } : null }).ToList();
        ws.Events.Append(events);

        var byPerson = ws.Events.ReadEventsByPerson().ToList();
        var expected = EventPersons.Streams(events).ToList();

        Assert.Equal(["U1", "u10", "u2"], byPerson.Select(p => p.Person));
        Assert.Equal(expected.Select(p => p.Person), byPerson.Select(p => p.Person));
        for (var p = 0; p < expected.Count; p++)
        {
            Assert.Equal(expected[p].Order.Select(i => events[i].Id), byPerson[p].Events.Select(e => e.Id));
            Assert.Equal(expected[p].Order.Select(i => events[i].Attrs?["sheet"]), byPerson[p].Events.Select(e => e.Attrs?["sheet"]));
        }
    }

    [Fact]
    public void Events_without_a_user_join_the_person_of_the_previous_event_of_their_session()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        UiEvent E(string session, long seq, string? user) => Some.DesktopEvent(session, seq, "Excel", EventKinds.Copy, "A1", 1000 - seq, user);
        var events = new List<UiEvent> { E("a", 0, null), E("a", 1, "u2"), E("b", 0, "u1"), E("a", 2, null), E("b", 1, ""), E("a", 3, "u1") };
        ws.Events.Append(events);

        var byPerson = ws.Events.ReadEventsByPerson().ToList();

        Assert.Equal(["", "u1", "u2"], byPerson.Select(p => p.Person));
        Assert.Equal([events[0].Id], byPerson[0].Events.Select(e => e.Id));
        Assert.Equal([events[5].Id, events[4].Id, events[2].Id], byPerson[1].Events.Select(e => e.Id));
        Assert.Equal([events[3].Id, events[1].Id], byPerson[2].Events.Select(e => e.Id));
    }
}
