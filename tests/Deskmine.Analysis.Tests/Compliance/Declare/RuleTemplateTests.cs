using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Declare;

namespace Deskmine.Analysis.Tests.Compliance.Declare;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

public sealed class RuleTemplateTests
{
    private static ComplianceResult Check(string template, string a, string? b, params string[][] cases) =>
        Compliance.Check(ComplianceData.Traces(cases), Rules(new ComplianceRule { Id = "R", Template = Parse(template), A = a, B = b }));

    private static ComplianceRules Rules(params ComplianceRule[] rules) => new(rules);

    private static DeclareTemplate Parse(string name) => DeclareTemplates.TryParse(name, out var t) ? t : throw new ArgumentException(name);

    private static string[] Violators(ComplianceResult r) => [.. r.Deviations.Select(d => d.Case)];

    [Fact]
    public void Existence_needs_one_occurrence_and_absence_none()
    {
        string[][] cases = [["a", "b"], ["b"], ["a", "a"]];

        Assert.Equal(["c2"], Violators(Check("existence", "a", null, cases)));
        var absence = Check("absence", "a", null, cases);
        Assert.Equal(["c1", "c3"], Violators(absence));
        Assert.Equal(2, absence.Deviations[1].Events.Count);
        Assert.Equal(new RuleOutcome("R", "absence", 3, 2), absence.Rules.Single());
    }

    [Fact]
    public void Init_and_end_look_at_the_first_and_last_event()
    {
        string[][] cases = [["a", "b"], ["b", "a"], ["a"]];

        var init = Check("init", "a", null, cases);
        Assert.Equal(["c2"], Violators(init));
        Assert.Equal("b", Assert.Single(init.Deviations[0].Events).Activity);
        Assert.Equal(["c1"], Violators(Check("end", "a", null, cases)));
    }

    [Fact]
    public void Response_needs_a_later_b_after_every_a()
    {
        var r = Check("response", "a", "b", ["a", "b"], ["b", "a"], ["a", "b", "a"], ["c"], ["a", "a", "b"]);

        Assert.Equal(["c2", "c3"], Violators(r));
        // Only the unanswered a is evidence: the last one.
        var e = Assert.Single(r.Deviations[1].Events);
        Assert.Equal(("a", 6L), (e.Activity, e.EventRef));
        Assert.Equal(new RuleOutcome("R", "response", 5, 2), r.Rules.Single());
    }

    [Fact]
    public void Precedence_needs_an_earlier_a_before_every_b()
    {
        var r = Check("precedence", "a", "b", ["a", "b"], ["b", "a"], ["a", "b", "b"], ["b"], ["c"]);

        Assert.Equal(["c2", "c4"], Violators(r));
    }

    [Fact]
    public void Succession_is_response_and_precedence()
    {
        var r = Check("succession", "a", "b", ["a", "b"], ["b", "a", "b"], ["a"], ["b", "a"]);

        Assert.Equal(["c2", "c3", "c4"], Violators(r));
        Assert.Equal(2, r.Deviations[2].Events.Count);
    }

    [Fact]
    public void Chain_response_needs_b_directly_after_every_a()
    {
        var r = Check("chain_response", "a", "b", ["a", "b"], ["a", "c", "b"], ["a", "b", "a"], ["c"]);

        Assert.Equal(["c2", "c3"], Violators(r));
        Assert.Equal(["a", "c"], r.Deviations[0].Events.Select(e => e.Activity));
        Assert.Contains("ends the case", r.Deviations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_coexistence_forbids_both_in_one_case()
    {
        var r = Check("not_coexistence", "a", "b", ["a", "c"], ["b"], ["b", "c", "a"]);

        Assert.Equal(["c3"], Violators(r));
        Assert.Equal(["b", "a"], r.Deviations[0].Events.Select(e => e.Activity));
    }

    [Fact]
    public void Four_eyes_flags_one_person_doing_both_steps_of_one_case()
    {
        var log = ComplianceData.Log(
            ("c1", "approve", 0, "ann", "T1"), ("c1", "pay", 1, "bob", "T1"),
            ("c2", "approve", 0, "ann", "T2"), ("c2", "pay", 1, "ann", "T2"),
            // the same person in different cases is fine
            ("c3", "approve", 0, "bob", "T1"), ("c4", "pay", 1, "bob", "T1"),
            // an event without a resource cannot prove anything
            ("c5", "approve", 0, null, "T1"), ("c5", "pay", 1, null, "T1"),
            // the second approver paid
            ("c6", "approve", 0, "cid", "T2"), ("c6", "approve", 1, "dan", "T2"), ("c6", "pay", 2, "dan", "T2"));
        var rules = new ComplianceRules([new ComplianceRule { Id = "4E", Template = DeclareTemplate.FourEyes, A = "approve", B = "pay" }]);

        var r = Compliance.Check(log, rules);

        Assert.Equal(["c2", "c6"], Violators(r));
        Assert.All(r.Deviations[1].Events, e => Assert.Equal("dan", e.Resource));
        Assert.Contains("'dan' performed both", r.Deviations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_eyes_falls_back_to_org_resource_and_is_unchecked_without_any_resource()
    {
        var builder = new Core.Logs.EventLogBuilder(["org:resource"]);
        builder.Add("c1", "approve", 0, ["ann"]);
        builder.Add("c1", "pay", 1, ["ann"]);
        var rules = new ComplianceRules([new ComplianceRule { Id = "4E", Template = DeclareTemplate.FourEyes, A = "approve", B = "pay" }]);

        Assert.Equal(["c1"], Violators(Compliance.Check(builder.Build(), rules)));

        var bare = new Core.Logs.EventLogBuilder();
        bare.Add("c1", "approve", 0);
        bare.Add("c1", "pay", 1);
        var unchecked_ = Compliance.Check(bare.Build(), rules);
        Assert.Equal(new RuleOutcome("4E", "four_eyes", 0, 0), unchecked_.Rules.Single());
    }

    [Fact]
    public void Four_eyes_on_one_activity_means_nobody_does_it_twice()
    {
        var log = ComplianceData.Log(
            ("c1", "sign", 0, "ann", "T"), ("c1", "sign", 1, "bob", "T"),
            ("c2", "sign", 0, "ann", "T"), ("c2", "sign", 1, "ann", "T"),
            ("c3", "sign", 0, "ann", "T"));
        var rules = new ComplianceRules([new ComplianceRule { Id = "2S", Template = DeclareTemplate.FourEyes, A = "sign", B = "sign" }]);

        var r = Compliance.Check(log, rules);

        Assert.Equal(["c2"], Violators(r));
        Assert.Equal(2, r.Deviations[0].Events.Count);
    }

    [Fact]
    public void Options_out_of_range_are_refused_as_input_errors()
    {
        var rules = new ComplianceRules([new ComplianceRule { Id = "R", Template = DeclareTemplate.Existence, A = "a" }]);
        var log = ComplianceData.Traces(["a"]);

        Assert.Throws<Core.Errors.InputException>(() => Compliance.Check(log, rules, new ComplianceOptions { GroupBy = "" }));
        Assert.Throws<Core.Errors.InputException>(() => Compliance.Check(log, rules, new ComplianceOptions { ClosestNames = -1 }));
        Assert.Throws<Core.Errors.InputException>(() => Compliance.Check(log, rules,
            new ComplianceOptions { Model = new Analysis.Compliance.Replay.ModelCheckOptions { MaxStatesPerVariant = 0 } }));
    }

    [Fact]
    public void Max_duration_measures_from_the_first_a_to_the_next_b()
    {
        var log = ComplianceData.Log(
            ("on time", "submit", 0, "u", "T"), ("on time", "approve", 3600, "u", "T"),
            ("late", "submit", 0, "u", "T"), ("late", "approve", 3601, "u", "T"),
            // the first a counts, not a later one; the next b after it, not a later one
            ("first a", "submit", 0, "u", "T"), ("first a", "submit", 3000, "u", "T"), ("first a", "approve", 4000, "u", "T"),
            ("next b", "approve", 0, "u", "T"), ("next b", "submit", 10, "u", "T"), ("next b", "approve", 20, "u", "T"), ("next b", "approve", 9000, "u", "T"),
            ("no b", "submit", 0, "u", "T"),
            ("no a", "approve", 0, "u", "T"),
            ("no times", "submit", null, "u", "T"), ("no times", "approve", null, "u", "T"));
        var rule = new ComplianceRule { Id = "SLA", Template = DeclareTemplate.MaxDuration, A = "submit", B = "approve", Seconds = 3600 };

        var r = Compliance.Check(log, new ComplianceRules([rule]));

        Assert.Equal(["late", "first a"], Violators(r));
        Assert.Equal(new RuleOutcome("SLA", "max_duration", 6, 2), r.Rules.Single());
        Assert.Contains("3,601 s", r.Deviations[0].Message, StringComparison.Ordinal);
        Assert.Equal(["submit", "approve"], r.Deviations[1].Events.Select(e => e.Activity));
        Assert.Equal(Some.At(0), r.Deviations[1].Events[0].Timestamp);

        var strict = Compliance.Check(log, new ComplianceRules([rule]), new ComplianceOptions { MaxDurationRequiresTarget = true });
        Assert.Equal(["late", "first a", "no b"], Violators(strict));
    }

    [Fact]
    public void A_case_counts_once_per_rule_and_rates_are_per_team()
    {
        var log = ComplianceData.Log(
            ("c1", "a", 0, "u1", "T1"), ("c1", "a", 1, "u1", "T1"),
            ("c2", "b", 0, "u2", "T2"),
            ("c3", "a", 0, "u3", "T2"));
        var rules = new ComplianceRules([
            new ComplianceRule { Id = "no-a", Template = DeclareTemplate.Absence, A = "a" },
            new ComplianceRule { Id = "has-b", Template = DeclareTemplate.Existence, A = "b" },
        ]);

        var r = Compliance.Check(log, rules);

        Assert.Equal([2, 2], r.Rules.Select(x => x.Violated));
        Assert.Equal(4, r.Deviations.Count);
        Assert.Equal("team", r.GroupBy);
        var t1 = r.Rates.Single(g => g.Value == "T1");
        var t2 = r.Rates.Single(g => g.Value == "T2");
        Assert.Equal((1, 1, 1.0), (t1.Cases, t1.Violating, t1.Rate));
        Assert.Equal((2, 1, 0.5), (t2.Cases, t2.Violating, t2.Rate));
        Assert.Equal(1, t2.ByRule["no-a"]);
        Assert.Equal(1, t2.ByRule["has-b"]);
    }

    [Fact]
    public void Rates_group_by_any_attribute_and_vanish_when_the_log_lacks_it()
    {
        var log = ComplianceData.Traces(["a"], ["b"]);
        var rules = new ComplianceRules([new ComplianceRule { Id = "R", Template = DeclareTemplate.Existence, A = "a" }]);

        var byUser = Compliance.Check(log, rules, new ComplianceOptions { GroupBy = "user" });
        Assert.Equal("user", byUser.GroupBy);
        Assert.Equal((2, 1), (byUser.Rates.Single().Cases, byUser.Rates.Single().Violating));

        var missing = Compliance.Check(log, rules, new ComplianceOptions { GroupBy = "region" });
        Assert.Null(missing.GroupBy);
        Assert.Empty(missing.Rates);
    }

    [Fact]
    public void Activities_that_occur_in_no_case_are_warned_about_with_the_closest_names()
    {
        var log = ComplianceData.Traces(["register request", "pay compensation", "reject request"]);
        var rules = new ComplianceRules([new ComplianceRule { Id = "R1", Template = DeclareTemplate.Response, A = "Register Request", B = "pay compensations" }]);

        var r = Compliance.Check(log, rules);

        Assert.Equal(2, r.Warnings.Count);
        Assert.Equal("register request", r.Warnings[0].Closest[0]);
        Assert.Equal("pay compensation", r.Warnings[1].Closest[0]);
        Assert.Contains("closest: 'pay compensation'", r.Warnings[1].Message, StringComparison.Ordinal);
        // an unknown a never occurs, so response holds vacuously
        Assert.Equal(0, r.Rules.Single().Violated);
    }
}
