using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Tests.Work;

public sealed class WorkLogBuilderTests
{
    private static UiEvent At(long seconds, string app, string user = "u1", string? team = "T") => new()
    {
        Id = Guid.NewGuid(),
        Source = "test",
        Kind = EventKinds.Click,
        Ts = seconds * 1_000_000,
        App = app,
        User = user,
        Team = team,
    };

    [Fact]
    public void Events_stored_out_of_time_order_are_listed_in_time_order_and_instances_by_start()
    {
        UiEvent[] events = [At(30, "b"), At(10, "a"), At(20, "a"), At(5, "c")];
        EventWork[] work =
        [
            new("late", "x", "s2", null), new("late", "x", "s1", "case-7"), new("late", "x", "s1", null), new("early", "y", null, null),
        ];

        var log = WorkLogBuilder.Build(events, work, []);

        Assert.Equal(["early", "late"], log.Instances.Select(i => i.Id));
        Assert.Equal([1, 2, 0], log.Instances[1].Events);
        Assert.Equal("case-7", log.Instances[1].CaseId);
        Assert.Equal([1, 1, 1, 0], log.InstanceOfEvent);
        Assert.Equal(["y", "x"], log.TaskTypes.Select(t => t.Id));
        Assert.Equal(["a", "b"], log.TaskTypes[1].Applications);
    }

    [Fact]
    public void Known_types_keep_their_index_and_unknown_ones_are_appended()
    {
        UiEvent[] events = [At(1, "a"), At(2, "a")];
        EventWork[] work = [new("i1", "k2", null, null), new("i2", "other", null, null)];
        WorkTaskType[] known = [new("k1", "First", ["A"]), new("k2", "Second", ["B"])];

        var log = WorkLogBuilder.Build(events, work, known);

        Assert.Equal(["k1", "k2", "other"], log.TaskTypes.Select(t => t.Id));
        Assert.Equal(1, log.Instances[0].TaskType);
        Assert.Equal(2, log.Instances[1].TaskType);
        Assert.Equal(["B"], log.TaskTypes[1].Applications);
    }

    [Fact]
    public void Usual_applications_follow_the_mean_position_of_the_first_visit()
    {
        UiEvent[] events = [At(1, "mail"), At(2, "erp"), At(3, "pdf"), At(4, "mail"), At(5, "pdf"), At(6, "erp")];
        WorkInstance[] instances =
        [
            new("i1", 0, "u1", null, null, [0, 1, 2]),
            new("i2", 0, "u1", null, null, [3, 4, 5]),
        ];

        // mail 0 and 0; erp 0.5 and 1; pdf 1 and 0.5: erp and pdf tie at 0.75, broken by name.
        Assert.Equal(["mail", "erp", "pdf"], WorkLogBuilder.UsualApplications(events, instances));
    }
}
