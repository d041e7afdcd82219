using Deskmine.Analysis.Advice;
using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Candidates;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Tests.Assumptions;

public sealed class AssumptionsJsonTests
{
    [Fact]
    public void Given_keys_override_the_defaults_and_the_rest_stay()
    {
        var a = AssumptionsJson.Parse("""
            {
              // a comment is allowed
              "hourly_rate": 60,
              "technologies": { "rpa": { "implementation_cost": 30000 } },
              "scoring": { "weights": { "people": 0.3 }, "min_routine_instances": 5 },
            }
            """);

        Assert.Equal(60, a.HourlyRate);
        Assert.Equal(220, a.WorkingDaysPerYear);
        Assert.Equal(30_000, a.Technologies[Technologies.Rpa].ImplementationCost);
        Assert.Equal(AnalysisAssumptions.Default.Technologies[Technologies.Rpa].AutomatableShare, a.Technologies[Technologies.Rpa].AutomatableShare);
        Assert.Equal(0.3, a.Scoring.Weights[Features.People]);
        Assert.Equal(0.2, a.Scoring.Weights[Features.Frequency]);
        Assert.Equal(5, a.Scoring.MinRoutineInstances);
    }

    [Fact]
    public void Advice_rules_replace_the_defaults()
    {
        var a = AssumptionsJson.Parse("""
            { "advice": [ { "technology": "rpa", "when": [ { "feature": "determinism", "op": ">=", "value": 0.8 } ], "reason": "r" } ] }
            """);

        var rule = Assert.Single(a.Advice);
        Assert.Equal(new AdviceCondition(Features.Determinism, true, 0.8), Assert.Single(rule.When));
    }

    [Theory]
    [InlineData("{\n  \"hourly_rate\": 45,\n  \"hourly_rat\": 50\n}", 3, "hourly_rat")]
    [InlineData("{\n  \"hourly_rate\": \"45\"\n}", 2, "hourly_rate")]
    [InlineData("{\n  \"working_days_per_year\": 400\n}", 2, "working_days_per_year")]
    [InlineData("{\n  \"scoring\": {\n    \"weights\": {\n      \"speed\": 1\n    }\n  }\n}", 4, "speed")]
    [InlineData("{\n  \"scoring\": {\n    \"min_routine_length\": 5,\n    \"max_routine_length\": 4\n  }\n}", 4, "max_routine_length")]
    [InlineData("{\n  \"technologies\": {\n    \"rpa\": { \"automatable_share\": 1.5 }\n  }\n}", 3, "automatable_share")]
    [InlineData("{\n  \"advice\": [\n    { \"technology\": \"robots\", \"when\": [], \"reason\": \"x\" }\n  ]\n}", 3, "technology")]
    [InlineData("{\n  \"advice\": [\n    { \"technology\": \"rpa\",\n      \"when\": [ { \"feature\": \"determinism\", \"op\": \">\", \"value\": 1 } ], \"reason\": \"x\" }\n  ]\n}", 4, "op")]
    public void Errors_name_the_line_and_the_key(string json, int line, string key)
    {
        var e = Assert.Throws<InputException>(() => AssumptionsJson.Parse(json, "a.json"));

        Assert.Equal("a.json", e.Source);
        Assert.Equal(line, e.Line);
        Assert.Equal(key, e.Column);
    }

    [Fact]
    public void Malformed_json_names_its_line()
    {
        var e = Assert.Throws<InputException>(() => AssumptionsJson.Parse("{\n  \"hourly_rate\": 45\n  \"currency\": \"EUR\"\n}"));

        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Written_assumptions_read_back_to_the_same_values()
    {
        var text = AssumptionsJson.Write(AnalysisAssumptions.Default with { HourlyRate = 70 });

        var back = AssumptionsJson.Parse(text);

        Assert.Equal(70, back.HourlyRate);
        Assert.Equal(AnalysisAssumptions.Default.Technologies, back.Technologies);
        Assert.Equal(AnalysisAssumptions.Default.Scoring.Weights, back.Scoring.Weights);
        Assert.Equal(AnalysisAssumptions.Default.Scoring.UnstructuredInputs, back.Scoring.UnstructuredInputs);
        Assert.Equal(AnalysisAssumptions.Default.Advice.Select(r => (r.Technology, r.Reason, r.When.Count)),
            back.Advice.Select(r => (r.Technology, r.Reason, r.When.Count)));
        Assert.Equal(text, AssumptionsJson.Write(back));
    }
}
