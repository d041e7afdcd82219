using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Replay;

namespace Deskmine.Analysis.Tests.Compliance.Replay;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

public sealed class TokenReplayTests
{
    private static readonly ComplianceOptions ReplayOnly = new() { Model = new ModelCheckOptions { Methods = ConformanceMethod.TokenReplay } };

    [Fact]
    public void Silent_transitions_of_parallel_gateways_fire_to_enable_the_next_event()
    {
        var log = ComplianceData.Traces(["a", "c", "b", "d"]);

        var result = Compliance.CheckModel(log, BpmnModel.Parse(Models.SplitJoin("parallelGateway")), ReplayOnly);

        var f = result.Fitness.Single();
        Assert.Equal("token_replay", f.Method);
        Assert.Equal(1, f.FittingCases);
        Assert.Equal(1.0, f.LogFitness);
        Assert.Empty(result.Deviations);
    }

    [Fact]
    public void A_skipped_branch_leaves_a_token_and_forces_a_missing_one()
    {
        var log = ComplianceData.Traces(["a", "b", "d"]);

        var result = Compliance.CheckModel(log, BpmnModel.Parse(Models.SplitJoin("parallelGateway")), ReplayOnly);

        // The join lacks the token from c's branch: replay forces d (1 missing); the tokens before c and after b
        // remain. Produced: source 1 + a 1 + split 2 + b 1 + d 1 = 6; consumed: a 1 + split 1 + b 1 + d 1 + sink 1 = 5.
        var f = result.Fitness.Single();
        Assert.Equal(0.5 * (1 - 1.0 / 5) + 0.5 * (1 - 2.0 / 6), f.LogFitness, 12);
        var d = Assert.Single(result.Deviations);
        Assert.Equal("d", Assert.Single(d.Events).Activity);
        Assert.Contains("1 missing token", d.Message, StringComparison.Ordinal);
        Assert.Contains("2 remaining tokens", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_methods_report_one_rule_each()
    {
        var log = ComplianceData.Traces(["a", "c"], ["a", "x", "c"]);
        var options = new ComplianceOptions { Model = new ModelCheckOptions { Methods = ConformanceMethod.Both } };

        var result = Compliance.CheckModel(log, BpmnModel.Parse(Models.Loop()), options);

        Assert.Equal(["alignments", "token_replay"], result.Rules.Select(r => r.Id));
        Assert.All(result.Rules, r => Assert.Equal(1, r.Violated));
        Assert.All(result.Deviations, d => Assert.Equal("c2", d.Case));
    }
}
