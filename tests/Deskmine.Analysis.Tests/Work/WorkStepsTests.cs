using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.Work;

public sealed class WorkStepsTests
{
    [Fact]
    public void Pauses_up_to_the_limit_are_handling_and_longer_ones_waiting()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0), "A"),
            (Some.Event(12), "A"),
            (Some.Event(57), "B"),
            (Some.Event(57 + 1200), "C"),
        ]));

        var timing = WorkSteps.Timing(log, log.Instances[0]);

        Assert.Equal(["A", "B", "C"], timing.Steps.Select(s => s.Name));
        Assert.Equal(12_000_000, timing.Steps[0].HandlingMicros);
        Assert.Equal(45_000_000, timing.Steps[1].HandlingMicros);
        Assert.Equal(0, timing.Steps[2].HandlingMicros);
        Assert.Equal(1_200_000_000, timing.Steps[2].WaitingMicros);
        Assert.Equal(57_000_000, timing.HandlingMicros);
        Assert.Equal(timing.ElapsedMicros, timing.HandlingMicros + timing.WaitingMicros);
    }

    [Fact]
    public void Typing_duration_is_handling_and_idle_duration_waiting()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.TextInput, durationMicros: 5_000_000), "Type"),
            (Some.Event(6, EventKinds.Idle, durationMicros: 600_000_000), "Away"),
            (Some.Event(606), "Click"),
        ]));

        var timing = WorkSteps.Timing(log, log.Instances[0]);

        Assert.Equal(5_000_000 + 1_000_000, timing.HandlingMicros);
        Assert.Equal(600_000_000, timing.WaitingMicros);
    }
}
