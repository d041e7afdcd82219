using Deskmine.Core.Events;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class ReadEventsForRecognitionTests
{
    [Fact]
    public void Gives_the_people_and_order_of_the_full_read_with_the_fields_recognition_reads()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        var events = Enumerable.Range(0, 2000).Select(i => Some.DesktopEvent(
            "s" + (i % 3), i, "App" + (i % 4), i % 5 == 0 ? EventKinds.Copy : EventKinds.Click, i % 7 == 0 ? null : "t" + (i % 13),
            (i * 7919 % 400) * 1000L, user: new[] { "u2", "U1", "u10" }[i % 3]) with
        {
            Ts = i == 11 ? null : (i * 7919 % 400) * 1000L,
            Window = i % 6 == 0 ? null : "Invoice " + (i % 17),
            Url = i % 4 == 1 ? "https://erp.example/forms/" + i : null,
            TargetRole = i % 2 == 0 ? "button" : null,
            TargetId = i % 8 == 0 ? "id" + (i % 3) : null,
            Value = i % 5 == 0 ? "v" + (i % 9) : null,
            Activity = i % 10 == 0 ? "Check" : null,
            Machine = "m1",
            Team = "Accounts",
            TargetPath = "/a/b",
            ValueHash = "h" + i,
            Attrs = i % 3 == 0 ? new Dictionary<string, string> { ["sheet"] = "S" + (i % 2), ["workbook"] = "w.xlsx" }
                : i % 3 == 1 ? new Dictionary<string, string> { ["workbook"] = "w.xlsx" } : null,
        }).ToList();
        ws.Events.Append(events);

        var full = ws.Events.ReadEventsByPerson().ToList();
        var narrow = ws.Events.ReadEventsForRecognition(["sheet", "eventType"]).ToList();

        Assert.Equal(full.Select(p => p.Person), narrow.Select(p => p.Person));
        for (var p = 0; p < full.Count; p++)
        {
            Assert.Equal(full[p].Events.Count, narrow[p].Events.Count);
            // Ids read from the columns and from events made one by one agree, in order.
            Assert.Equal(full[p].Events.Select(e => e.Id), narrow[p].Ids());
            Assert.Equal(full[p].Ids(), narrow[p].Ids());
            for (var k = 0; k < full[p].Events.Count; k++)
            {
                var (f, n) = (full[p].Events[k], narrow[p].Events[k]);
                Assert.Equal(
                    (f.Id, f.Session, f.Ts, f.User, f.Source, f.Kind, f.App, f.Window, f.Url, f.TargetRole, f.TargetName, f.TargetId, f.Value, f.Activity),
                    (n.Id, n.Session, n.Ts, n.User, n.Source, n.Kind, n.App, n.Window, n.Url, n.TargetRole, n.TargetName, n.TargetId, n.Value, n.Activity));
                // Only the asked-for attributes come back; an event with none of them has no map.
                Assert.Equal(f.Attrs?.GetValueOrDefault("sheet"), n.Attrs?.GetValueOrDefault("sheet"));
                Assert.Equal(f.Attrs?.ContainsKey("sheet") == true ? ["sheet"] : Array.Empty<string>(), n.Attrs?.Keys.ToArray() ?? []);
                Assert.Null(n.TargetPath);
                Assert.Null(n.ValueHash);
            }
        }
    }

    [Fact]
    public void Repeated_values_of_a_person_share_one_string()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.Append(Enumerable.Range(0, 10).Select(i => Some.DesktopEvent("s", i, "Excel", EventKinds.Copy, "A1", i * 1000L) with { Value = "4711" }).ToList());

        var events = ws.Events.ReadEventsForRecognition([]).Single().Events;

        Assert.All(events, e => Assert.Same(events[0].Value, e.Value));
        Assert.Equal("4711", events[0].Value);
    }

    [Fact]
    public void A_person_s_events_are_kept_as_columns_and_made_anew_for_each_read()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.Append(Enumerable.Range(0, 3000).Select(i => Some.DesktopEvent("s", i, "Excel", EventKinds.Copy, i % 2 == 0 ? null : "A" + i, i * 1000L)).ToList());

        var events = ws.Events.ReadEventsForRecognition([]).Single().Events;

        Assert.Equal(3000, events.Count);
        Assert.Equal(events[2999], events[2999]);
        Assert.NotSame(events[2999], events[2999]);
        Assert.Equal(events.Select(e => e.Id), events.ToList().Select(e => e.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => events[3000]);
    }

    [Fact]
    public void Events_with_the_same_attributes_share_one_map()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.Append(Enumerable.Range(0, 12).Select(i => Some.DesktopEvent("s", i, "Excel", EventKinds.Copy, "A1", i * 1000L) with
        {
            Attrs = new Dictionary<string, string> { ["sheet"] = "S" + (i % 2), ["workbook"] = "w" + i + ".xlsx" },
        }).ToList());

        var events = ws.Events.ReadEventsForRecognition(["sheet"]).Single().Events;

        Assert.All(events, e => Assert.Same(events[e.Ts % 2000 == 0 ? 0 : 1].Attrs, e.Attrs));
        Assert.NotSame(events[0].Attrs, events[1].Attrs);
        Assert.Equal(["S0", "S1"], events.Take(2).Select(e => e.Attrs!["sheet"]));
    }

    [Fact]
    public void Events_without_a_user_are_grouped_as_the_full_read_groups_them()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        UiEvent E(string session, long seq, string? user) => Some.DesktopEvent(session, seq, "Excel", EventKinds.Copy, "A1", 1000 - seq, user);
        ws.Events.Append([E("a", 0, null), E("a", 1, "u2"), E("b", 0, "u1"), E("a", 2, null), E("b", 1, ""), E("a", 3, "u1")]);

        var full = ws.Events.ReadEventsByPerson().ToList();
        var narrow = ws.Events.ReadEventsForRecognition(["sheet"]).ToList();

        Assert.Equal(full.Select(p => (p.Person, string.Join(",", p.Events.Select(e => e.Id)))),
            narrow.Select(p => (p.Person, string.Join(",", p.Events.Select(e => e.Id)))));
    }

    [Fact]
    public void Each_persons_columns_are_allocated_once_at_the_persons_size()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        // More events than the columns' first size, so columns grown by doubling would end larger than the count.
        ws.Events.Append(Enumerable.Range(0, 3001).Select(i => Some.DesktopEvent(
            "s1", i, "App", EventKinds.Click, "t" + (i % 5), i * 1000L, user: i % 3 == 0 ? "u1" : "u2")).ToList());

        var people = ws.Events.ReadEventsForRecognition([]).ToList();

        Assert.Equal([1001, 2000], people.Select(p => p.Events.Count));
        Assert.All(people, p => Assert.Equal(p.Events.Count, Assert.IsType<Deskmine.Storage.DuckDb.RecognitionEvents>(p.Events).Capacity));
    }
}
