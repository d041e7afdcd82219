using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Tests.TimeStudy;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Tests.Candidates;

public sealed class RoutineFinderTests
{
    private static readonly string[] Users = ["u01", "u02"];

    [Fact]
    public void A_run_shared_by_two_task_types_is_found_once_at_its_longest()
    {
        var log = Some.Log(
        [
            .. SomeWork.Many(12, 0, 0, Users, "Mail", "Login", "Search", "Open record", "Invoice"),
            .. SomeWork.Many(12, 1, 10_000, Users, "Call", "Login", "Search", "Open record", "Update"),
        ]);
        var timings = log.Instances.Select(i => WorkSteps.Timing(log, i)).ToArray();

        var routines = RoutineFinder.Find(timings, CandidateOptions.Default with { MinRoutineInstances = 20 });

        var routine = Assert.Single(routines);
        Assert.Equal(["Login", "Search", "Open record"], routine.Steps);
        Assert.Equal(24, routine.Occurrences.Count);
    }

    [Fact]
    public void Runs_shorter_than_the_minimum_length_or_rarer_than_the_minimum_are_not_routines()
    {
        var log = Some.Log([.. SomeWork.Many(30, 0, 0, Users, "A", "B"), .. SomeWork.Many(5, 1, 20_000, Users, "C", "D", "E")]);
        var timings = log.Instances.Select(i => WorkSteps.Timing(log, i)).ToArray();

        Assert.Empty(RoutineFinder.Find(timings, CandidateOptions.Default with { MinRoutineInstances = 10 }));
    }
}
