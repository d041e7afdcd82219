using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;

namespace Deskmine.Mining.Tests.Filters;

public class EventLogSlicerTests
{
    [Fact]
    public void Kept_events_keep_their_durations()
    {
        var builder = new EventLogBuilder();
        builder.Add("c1", "a", 0, duration: 5);
        builder.Add("c1", "b", 10, duration: 7);
        builder.Add("c2", "a", 20, duration: 9);
        var log = builder.Build();

        var sliced = EventLogSlicer.Keep(log, [true, false], [true, false, true]);

        Assert.Equal(["c1"], sliced.CaseIds);
        Assert.Equal([5L], sliced.Durations!);
    }

    [Fact]
    public void A_log_of_instants_stays_without_durations()
    {
        var sliced = EventLogSlicer.Keep(Some.Traces("ab", "ba"), null, null);

        Assert.Equal(4, sliced.EventCount);
        Assert.Null(sliced.Durations);
    }
}
