using Deskmine.Core.Logs;

namespace Deskmine.Core.Tests.Logs;

public sealed class EventLogBuilderTests
{
    [Fact]
    public void Groups_events_by_case_in_order_of_first_appearance()
    {
        var builder = new EventLogBuilder();
        builder.Add("c2", "a", 10);
        builder.Add("c1", "b", 5);
        builder.Add("c2", "c", 20);

        var log = builder.Build();

        Assert.Equal(["c2", "c1"], log.CaseIds);
        Assert.Equal([0, 2, 3], log.CaseStarts);
        Assert.Equal(["a", "c"], Names(log, 0));
        Assert.Equal(["b"], Names(log, 1));
    }

    [Fact]
    public void Orders_each_case_by_time_then_by_file_order()
    {
        var builder = new EventLogBuilder();
        builder.Add("c", "late", 30);
        builder.Add("c", "tie-first", 10);
        builder.Add("c", "early", 5);
        builder.Add("c", "tie-second", 10);

        var log = builder.Build();

        Assert.Equal(["early", "tie-first", "tie-second", "late"], Names(log, 0));
        Assert.Equal([5L, 10L, 10L, 30L], log.TimestampsOf(0).ToArray());
        Assert.Equal([2L, 1L, 3L, 0L], log.EventRefs);
    }

    [Fact]
    public void Keeps_durations_with_their_events_through_the_sort_by_start()
    {
        var builder = new EventLogBuilder();
        builder.Add("c", "second", 30, duration: 4);
        builder.Add("d", "only", 1);
        builder.Add("c", "first", 10, duration: 25);
        builder.Add("c", "third", 40);

        var log = builder.Build();

        Assert.Equal(["first", "second", "third"], Names(log, 0));
        Assert.Equal([25L, 4L, 0L, 0L], log.Durations!);
    }

    [Fact]
    public void Grows_the_duration_column_with_the_log()
    {
        var builder = new EventLogBuilder();
        for (var i = 0; i < 3000; i++)
            builder.Add("c", "a", i * 10L, duration: i % 2 == 0 ? 0 : i);

        var log = builder.Build();

        Assert.Equal(2999L, log.Durations![2999]);
        Assert.Equal(0L, log.Durations[2998]);
    }

    [Fact]
    public void A_log_without_durations_has_no_duration_column()
    {
        var builder = new EventLogBuilder();
        builder.Add("c", "a", 1, duration: 0);
        builder.Add("c", "b", 2);

        Assert.Null(builder.Build().Durations);
    }

    [Fact]
    public void Keeps_file_order_for_events_without_time()
    {
        var builder = new EventLogBuilder();
        builder.Add("c", "x", null);
        builder.Add("c", "y", null);

        var log = builder.Build();

        Assert.Equal(["x", "y"], Names(log, 0));
        Assert.All(log.Timestamps, ts => Assert.Equal(EventLog.NoTimestamp, ts));
    }

    [Fact]
    public void Dictionary_codes_activities_and_attributes()
    {
        var builder = new EventLogBuilder(["team"]);
        builder.Add("c1", "a", 1, ["blue"]);
        builder.Add("c1", "a", 2, [null]);
        builder.Add("c2", "b", 3, ["red"]);

        var log = builder.Build();

        Assert.Equal(["a", "b"], log.ActivityNames);
        Assert.Equal([0, 0, 1], log.Activities);
        var team = log.Attributes["team"];
        Assert.Equal("blue", team.ValueAt(0));
        Assert.Null(team.ValueAt(1));
        Assert.Equal("red", team.ValueAt(2));
    }

    [Fact]
    public void Grows_past_its_initial_capacity()
    {
        var builder = new EventLogBuilder();
        for (var i = 0; i < 5000; i++)
            builder.Add("c" + (i % 7), "a" + (i % 3), i);

        var log = builder.Build();

        Assert.Equal(5000, log.EventCount);
        Assert.Equal(7, log.CaseCount);
        Assert.Equal(5000, log.CaseStarts[^1]);
    }

    [Fact]
    public void Rejects_more_attribute_values_than_names()
    {
        var builder = new EventLogBuilder(["team"]);

        Assert.Throws<ArgumentException>(() => builder.Add("c", "a", 1, ["x", "y"]));
    }

    private static string[] Names(EventLog log, int caseIndex) =>
        log.ActivitiesOf(caseIndex).ToArray().Select(a => log.ActivityNames[a]).ToArray();
}
