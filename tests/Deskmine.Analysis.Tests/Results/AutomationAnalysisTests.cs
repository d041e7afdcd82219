using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Results;
using Deskmine.Analysis.Tests.TimeStudy;
using Deskmine.Analysis.Transfers;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Tests.Results;

public sealed class AutomationAnalysisTests
{
    private static readonly DataTransferReport NoTransfers = new([], []);
    private static readonly string[] Users = ["u01", "u02", "u03"];

    [Fact]
    public void A_routine_shared_by_two_task_types_becomes_a_candidate_of_its_majority_type()
    {
        var log = Some.Log(
        [
            .. SomeWork.Many(15, 0, 0, Users, "Mail", "Login", "Search", "Open record", "Invoice"),
            .. SomeWork.Many(10, 1, 10_000, Users, "Call", "Login", "Search", "Open record", "Update"),
        ]);

        var result = AutomationAnalysis.Analyze(log, NoTransfers, AnalysisAssumptions.Default with
        {
            Scoring = CandidateOptions.Default with { MinRoutineInstances = 20 },
        });

        var routine = Assert.Single(result.Candidates, c => c.Kind == CandidateKind.Routine);
        Assert.Equal(["Login", "Search", "Open record"], routine.Steps);
        Assert.Equal(25, routine.Instances);
        Assert.Equal("t0", routine.TaskTypeId);
        Assert.Equal(2, result.Candidates.Count(c => c.Kind == CandidateKind.TaskType));
    }

    [Fact]
    public void More_work_of_the_same_shape_ranks_higher()
    {
        var log = Some.Log(
        [
            .. SomeWork.Many(40, 0, 0, Users, "Open", "Enter", "Post"),
            .. SomeWork.Many(5, 1, 20_000, Users, "Read", "Reply", "Close"),
        ]);

        var result = AutomationAnalysis.Analyze(log, NoTransfers);

        Assert.Equal("t0", result.Candidates[0].TaskTypeId);
        Assert.True(result.Candidates[0].Score > result.Candidates.Single(c => c.TaskTypeId == "t1" && c.Kind == CandidateKind.TaskType).Score);
    }

    [Fact]
    public void Savings_and_sensitivity_use_the_advised_technology()
    {
        var log = Some.Log([.. SomeWork.Many(40, 0, 0, Users, "Open", "Enter", "Post")]);

        var c = AutomationAnalysis.Analyze(log, NoTransfers).Candidates[0];

        Assert.Equal(c.Technology, c.Savings.Technology);
        Assert.Equal(c.HoursPerYear * AnalysisAssumptions.Default.Technologies[c.Technology].AutomatableShare, c.Savings.HoursPerYear, 9);
        Assert.Equal(5, c.Sensitivity.Count);
        Assert.False(string.IsNullOrEmpty(c.Reason));
    }

    [Fact]
    public void Assumptions_out_of_range_are_refused()
    {
        var log = Some.Log(SomeWork.Instance("u01", 0, 0, "A", "B"));

        var e = Assert.Throws<InputException>(() =>
            AutomationAnalysis.Analyze(log, NoTransfers, AnalysisAssumptions.Default with { HoursPerFte = 0 }));

        Assert.Equal("HoursPerFte", e.Column);
    }
}
