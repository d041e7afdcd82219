using Deskmine.Analysis.Advice;
using Deskmine.Analysis.Candidates;

namespace Deskmine.Analysis.Tests.Advice;

public sealed class TechnologyAdvisorTests
{
    private static Func<string, double> With(params (string Feature, double Value)[] values) =>
        f => values.FirstOrDefault(v => v.Feature == f).Value;

    [Fact]
    public void The_first_matching_rule_wins_and_fills_its_reason()
    {
        AdviceRule[] rules =
        [
            new(Technologies.Integration, [new(Features.DataTransfer, true, 0.5)], "transfers {data_transfer}"),
            new(Technologies.Rpa, [new(Features.Determinism, true, 0.5)], "predictable {determinism}"),
        ];

        var (technology, reason) = TechnologyAdvisor.Advise(rules, With((Features.DataTransfer, 0.7), (Features.Determinism, 0.9)));

        Assert.Equal(Technologies.Integration, technology);
        Assert.Equal("transfers 70%", reason);
    }

    [Fact]
    public void A_rule_applies_only_when_all_its_conditions_hold()
    {
        AdviceRule[] rules =
        [
            new(Technologies.Rpa, [new(Features.Determinism, true, 0.5), new(Features.UiStability, true, 0.5)], "robot"),
            new(Technologies.StandardiseFirst, [], "fallback"),
        ];

        Assert.Equal(Technologies.StandardiseFirst, TechnologyAdvisor.Advise(rules, With((Features.Determinism, 0.9), (Features.UiStability, 0.1))).Technology);
    }

    [Theory]
    [InlineData(0.6, 0.7, 0, 0, 0, Technologies.StandardiseFirst)]
    [InlineData(0, 0, 0.4, 0, 0, Technologies.Eliminate)]
    [InlineData(0, 0, 0, 0.8, 0, Technologies.Integration)]
    [InlineData(0, 0, 0, 0.8, 0.3, Technologies.DocumentAi)]
    [InlineData(0, 0, 0, 0, 0, Technologies.StandardiseFirst)]
    public void Default_rules_pick_the_documented_technology(double personVariance, double entropy, double retyping, double transfer, double unstructured, string expected)
    {
        var features = With((Features.PersonVariance, personVariance), (Features.VariantEntropy, entropy), (Features.Retyping, retyping),
            (Features.DataTransfer, transfer), (Features.UnstructuredInput, unstructured));

        Assert.Equal(expected, TechnologyAdvisor.Advise(TechnologyAdvisor.DefaultRules, features).Technology);
    }

    [Fact]
    public void Default_rules_advise_workflow_for_handoffs_and_rpa_for_stable_predictable_screens()
    {
        Assert.Equal(Technologies.Workflow, TechnologyAdvisor.Advise(TechnologyAdvisor.DefaultRules, With((Features.Handoff, 0.5))).Technology);
        Assert.Equal(Technologies.Rpa, TechnologyAdvisor.Advise(TechnologyAdvisor.DefaultRules,
            With((Features.Determinism, 0.9), (Features.UiStability, 0.8))).Technology);
    }
}
