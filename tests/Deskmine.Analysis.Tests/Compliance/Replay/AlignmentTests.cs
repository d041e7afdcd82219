using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Replay;

namespace Deskmine.Analysis.Tests.Compliance.Replay;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

public sealed class AlignmentTests
{
    private static readonly BpmnModel Parallel = BpmnModel.Parse(Models.SplitJoin("parallelGateway"));

    [Fact]
    public void Both_interleavings_of_a_parallel_block_fit()
    {
        var log = ComplianceData.Traces(["a", "b", "c", "d"], ["a", "c", "b", "d"]);

        var result = Compliance.CheckModel(log, Parallel);

        Assert.Equal([new RuleOutcome("alignments", "alignments", 2, 0)], result.Rules);
        Assert.Empty(result.Deviations);
        Assert.Equal(1.0, result.Fitness.Single().LogFitness);
    }

    [Fact]
    public void A_skipped_activity_is_one_model_move_named_in_the_deviation()
    {
        var log = ComplianceData.Traces(["a", "b", "d"]);

        var result = Compliance.CheckModel(log, Parallel);

        var d = Assert.Single(result.Deviations);
        Assert.Equal(["c"], d.Skipped);
        Assert.Empty(d.Events);
        Assert.Contains("'c'", d.Message, StringComparison.Ordinal);
        var f = result.Fitness.Single().PerCase.Single();
        Assert.Equal(1, f.Cost);
        // worst case: 3 events plus the 4 activities of the cheapest model run
        Assert.Equal(1 - 1.0 / 7, f.Fitness, 12);
    }

    [Fact]
    public void An_event_the_model_does_not_allow_is_a_log_move_with_its_evidence()
    {
        var log = ComplianceData.Log(
            ("c1", "a", 0, "u1", "T1"), ("c1", "b", 1, "u1", "T1"), ("c1", "pay twice", 2, "u2", "T1"),
            ("c1", "c", 3, "u1", "T1"), ("c1", "d", 4, "u1", "T1"));

        var result = Compliance.CheckModel(log, Parallel);

        var d = Assert.Single(result.Deviations);
        var e = Assert.Single(d.Events);
        Assert.Equal("pay twice", e.Activity);
        Assert.Equal(2, e.EventRef);
        Assert.Equal("u2", e.Resource);
        Assert.Equal(Some.At(2), e.Timestamp);
        Assert.Empty(d.Skipped);
        Assert.Equal("T1", d.Group);
    }

    [Fact]
    public void A_repeated_activity_costs_one_log_move_and_order_swaps_two_moves()
    {
        var log = ComplianceData.Traces(["a", "b", "b", "c", "d"], ["d", "a", "b", "c"]);

        var result = Compliance.CheckModel(log, Parallel);

        Assert.Equal([1, 2], result.Fitness.Single().PerCase.Select(c => c.Cost));
    }

    [Fact]
    public void Loops_fit_any_number_of_repetitions()
    {
        var loop = BpmnModel.Parse(Models.Loop());
        var log = ComplianceData.Traces(["a", "c"], ["a", "b", "c"], ["a", "b", "b", "b", "c"], ["a", "b"]);

        var result = Compliance.CheckModel(log, loop);

        Assert.Equal([0, 0, 0, 1], result.Fitness.Single().PerCase.Select(c => c.Cost));
        Assert.Equal(["c"], Assert.Single(result.Deviations).Skipped);
    }

    [Fact]
    public void A_search_over_its_state_bound_is_reported_as_given_up()
    {
        var log = ComplianceData.Traces(["x", "y", "z", "a", "b", "c", "d"], ["a", "b", "c", "d"]);
        var options = new ComplianceOptions { Model = new ModelCheckOptions { MaxStatesPerVariant = 3 } };

        var result = Compliance.CheckModel(log, Parallel, options);

        var fitness = result.Fitness.Single();
        Assert.Equal(["c1", "c2"], fitness.GaveUp.Select(g => g.Case));
        Assert.Contains("search states", fitness.GaveUp[0].Reason, StringComparison.Ordinal);
        Assert.Empty(fitness.PerCase);
        Assert.Equal(0, result.Rules.Single().Checked);
    }

    [Fact]
    public void Model_activities_missing_from_the_log_are_warned_about()
    {
        var log = ComplianceData.Traces(["a", "b", "C", "d"]);

        var result = Compliance.CheckModel(log, Parallel);

        var w = Assert.Single(result.Warnings);
        Assert.Equal("c", w.Activity);
        Assert.Equal("C", w.Closest[0]);
    }
}
