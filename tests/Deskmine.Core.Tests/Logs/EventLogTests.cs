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
}
