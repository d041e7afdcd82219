using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class EventLogsTests
{
    [SkippableFact]
    public void A_shared_log_becomes_a_mining_log_with_the_reference_counts()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var expected = Expected.For("running-example.xes");
        var log = EventLogs.FromEvents(XesReader.Read(SharedData.Path("eventlogs/logs/running-example.xes")));
        Assert.Equal(expected.Events, log.EventCount);
        Assert.Equal(expected.Cases, log.CaseCount);
        Assert.Equal(expected.Activities.Keys.Order(StringComparer.Ordinal), log.ActivityNames.Order(StringComparer.Ordinal));
        Assert.Contains("Pete", log.Attributes["org:resource"].Names);
        Assert.Contains("Pete", log.Attributes["user"].Names);
    }

    [Fact]
    public void Events_without_a_case_are_skipped_and_counted()
    {
        var events = Enumerable.Range(0, 4).Select(Some.UiEvent)
            .Select(e => e.Seq == 1 ? e with { CaseId = null } : e)
            .ToList();
        var log = EventLogs.FromEvents(events, e => e.CaseId, e => e.Kind, ["team", "app", "sheet"], out var skipped);
        Assert.Equal(1, skipped);
        Assert.Equal(3, log.EventCount);
        Assert.Equal(2, log.CaseCount);
        Assert.Equal([EventKinds.Click], log.ActivityNames);
        Assert.Equal([0L, 2L, 3L], log.EventRefs);
        Assert.Equal(["finance"], log.Attributes["team"].Names);
        Assert.Equal(["Sheet 1"], log.Attributes["sheet"].Names);
    }

    [Fact]
    public void Durations_pass_through_in_start_order()
    {
        var events = new[]
        {
            Tests.Some.ImportedEvent("c", "late", 50) with { Duration = 7 },
            Tests.Some.ImportedEvent("c", "early", 10) with { Duration = 30 },
            Tests.Some.ImportedEvent("c", "instant", 60),
        };
        var log = EventLogs.FromEvents(events);
        Assert.Equal(["early", "late", "instant"], log.Activities.Select(a => log.ActivityNames[a]));
        Assert.Equal([30L, 7L, 0L], log.Durations!);
        Assert.Equal(40, log.EndOf(0));
    }

    [Fact]
    public void A_log_of_instants_has_no_duration_column()
    {
        var log = EventLogs.FromEvents([Tests.Some.ImportedEvent("c", "a", 1), Tests.Some.ImportedEvent("c", "b", 2) with { Duration = 0 }]);
        Assert.Null(log.Durations);
    }
}
