using Deskmine.Core.Logs;

namespace Deskmine.Core.Tests.Logs;

public sealed class EventLogTests
{
    [Fact]
    public void Rejects_case_offsets_that_do_not_match_the_cases()
    {
        Assert.Throws<ArgumentException>(() => new EventLog(["c"], [0], ["a"], [0], [1], [0]));
    }

    [Fact]
    public void Rejects_per_event_columns_of_different_lengths()
    {
        Assert.Throws<ArgumentException>(() => new EventLog(["c"], [0, 1], ["a"], [0], [1, 2], [0]));
    }

    [Fact]
    public void Rejects_a_duration_column_of_another_length()
    {
        Assert.Throws<ArgumentException>(() => new EventLog(["c"], [0, 1], ["a"], [0], [1], [0], null, [1, 2]));
    }

    [Fact]
    public void An_event_ends_at_its_timestamp_plus_its_duration()
    {
        var withDurations = new EventLog(["c"], [0, 2], ["a"], [0, 0], [10, EventLog.NoTimestamp], [0, 1], null, [5, 3]);
        var instants = new EventLog(["c"], [0, 1], ["a"], [0], [10], [0]);

        Assert.Equal(15, withDurations.EndOf(0));
        Assert.Equal(EventLog.NoTimestamp, withDurations.EndOf(1));
        Assert.Equal(10, instants.EndOf(0));
        Assert.Null(instants.Durations);
    }
}
