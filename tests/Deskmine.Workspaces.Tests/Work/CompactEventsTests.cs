using Deskmine.Core.Events;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Tests.Work;

public sealed class CompactEventsTests
{
    private static UiEvent Full(int i) => new()
    {
        Id = Guid.CreateVersion7(),
        Session = "session " + (i % 3),
        Seq = i,
        Ts = 1_700_000_000_000_000 + i,
        Duration = i * 10,
        User = "u" + (i % 2),
        Machine = "m",
        Team = "Accounts",
        Source = "x11",
        Kind = i % 2 == 0 ? EventKinds.Click : EventKinds.TextInput,
        App = "erp",
        Window = "Invoice <num>",
        Url = "https://erp/invoice",
        TargetRole = "push button",
        TargetName = "Save",
        TargetId = "save",
        TargetPath = "/form/save",
        X = -i,
        Y = i,
        Value = "typed " + i,
        ValueHash = "h" + i,
        Attrs = new Dictionary<string, string> { ["sheet"] = "S" + (i % 2), ["cell"] = "A1" },
        CaseId = "case " + i,
        Activity = "Save invoice",
        SourceRow = i,
    };

    private static UiEvent Bare(int i) => new() { Id = Guid.CreateVersion7(), Source = "sim", Kind = EventKinds.Idle, Seq = i };

    [Fact]
    public void Every_event_reads_back_equal_field_by_field_with_and_without_values()
    {
        var events = Enumerable.Range(0, 50).Select(i => i % 5 == 0 ? Bare(i) : Full(i)).ToList();

        // Sized for fewer events than come: the columns grow.
        var compact = CompactEvents.From(events, 3);

        Assert.Equal(events.Count, compact.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var back = compact[i];
            Assert.Equal(events[i] with { Attrs = null }, back with { Attrs = null });
            Assert.Equal(events[i].Attrs?.OrderBy(a => a.Key), back.Attrs?.OrderBy(a => a.Key));
            Assert.Equal(events[i].Ts, compact.TsOf(i));
            Assert.Equal(events[i].Id, compact.IdOf(i));
        }
        Assert.Equal(events.Select(e => e.Id), compact.Select(e => e.Id));
    }

    [Fact]
    public void Equal_attribute_maps_are_kept_once_and_maps_that_differ_in_one_value_are_not_mixed_up()
    {
        UiEvent With(string key, string value) => Bare(0) with { Attrs = new Dictionary<string, string> { [key] = value } };
        // "a1:b" + "" and "a" + "1:b" would run together without the lengths.
        var events = new[] { With("a", "1:b"), With("a1:b", ""), With("a", "1:b"), With("a", "1:c") };

        var compact = CompactEvents.From(events, events.Length);

        Assert.Same(compact[0].Attrs, compact[2].Attrs);
        Assert.Equal("1:b", compact[0].Attrs!["a"]);
        Assert.Equal("", compact[1].Attrs!["a1:b"]);
        Assert.Equal("1:c", compact[3].Attrs!["a"]);
    }
}
