using Deskmine.Analysis.Compliance.Declare;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Tests.Compliance.Declare;

public sealed class ComplianceRulesTests
{
    [Fact]
    public void Every_template_reads_with_its_activities_and_line()
    {
        var rules = ComplianceRules.Parse("""
            {
              "rules": [
                {"id": "R1", "template": "response", "a": "register request", "b": "pay compensation"},
                {"id": "R2", "template": "existence", "a": "decide", "description": "every case is decided"},
                {"id": "R3", "template": "max_duration", "a": "register request", "b": "decide",
                 "seconds": 86400.5},
                {"id": "R4", "template": "four_eyes", "a": "decide", "b": "pay compensation"}
              ]
            }
            """);

        Assert.Equal(["R1", "R2", "R3", "R4"], rules.Rules.Select(r => r.Id));
        Assert.Equal([3L, 4, 5, 7], rules.Rules.Select(r => r.Line!.Value));
        Assert.Equal(DeclareTemplate.MaxDuration, rules.Rules[2].Template);
        Assert.Equal(86400.5, rules.Rules[2].Seconds);
        Assert.Null(rules.Rules[1].B);
        Assert.Equal("four_eyes", rules.Rules[3].TemplateName);
    }

    [Fact]
    public void Every_template_name_round_trips()
    {
        foreach (var name in DeclareTemplates.All)
        {
            Assert.True(DeclareTemplates.TryParse(name, out var t));
            Assert.Equal(name, DeclareTemplates.NameOf(t));
        }
        Assert.Equal(Enum.GetValues<DeclareTemplate>().Length, DeclareTemplates.All.Count);
    }

    [Theory]
    [InlineData("""{"id": "R2", "template": "respons", "a": "x", "b": "y"}""", 3, "template", "unknown template 'respons'")]
    [InlineData("""{"id": "R2", "template": "response", "a": "x"}""", 3, "b", "needs \"b\"")]
    [InlineData("""{"id": "R2", "template": "response", "b": "x"}""", 3, "a", "needs \"a\"")]
    [InlineData("""{"id": "R2", "template": "max_duration", "a": "x", "b": "y", "seconds": -5}""", 3, "seconds", "bad \"seconds\"")]
    [InlineData("""{"id": "R2", "template": "max_duration", "a": "x", "b": "y", "seconds": "1h"}""", 3, "seconds", "bad \"seconds\"")]
    [InlineData("""{"id": "R2", "template": "max_duration", "a": "x", "b": "y"}""", 3, "seconds", "needs \"seconds\"")]
    [InlineData("""{"id": "R2", "template": "existence", "a": "x", "b": "y"}""", 3, "b", "takes only \"a\"")]
    [InlineData("""{"id": "R1", "template": "existence", "a": "x"}""", 3, "id", "already used by the rule on line 2")]
    [InlineData("""{"id": "R2", "template": "existence", "a": "x", "activity": "y"}""", 3, "activity", "unknown key 'activity'")]
    [InlineData("""{"template": "existence", "a": "x"}""", 3, "id", "rule 2: missing \"id\"")]
    public void A_malformed_rule_names_its_line_rule_and_key(string second, int line, string key, string problem)
    {
        var json = "{\"rules\": [\n  {\"id\": \"R1\", \"template\": \"existence\", \"a\": \"x\"},\n  " + second + "\n]}";

        var e = Assert.Throws<InputException>(() => ComplianceRules.Parse(json, "rules.json"));

        Assert.Equal("rules.json", e.Source);
        Assert.Equal(line, e.Line);
        Assert.Equal(key, e.Column);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        if (!problem.StartsWith("rule 2", StringComparison.Ordinal))
            Assert.Contains(key == "id" ? "R1" : "R2", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_on_its_own_line_is_named_with_that_line()
    {
        var json = "{\"rules\": [\n  {\n    \"id\": \"R9\",\n    \"template\": \"chain-response\",\n    \"a\": \"x\", \"b\": \"y\"\n  }\n]}";

        var e = Assert.Throws<InputException>(() => ComplianceRules.Parse(json, "rules.json"));

        Assert.Equal(4, e.Line);
        Assert.Contains("rule 'R9'", e.Problem, StringComparison.Ordinal);
        Assert.Contains("chain_response", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_names_the_line_where_it_breaks()
    {
        var e = Assert.Throws<InputException>(() => ComplianceRules.Parse("{\"rules\": [\n  {\"id\": \"R1\",\n  \"template\" \"init\"}\n]}", "rules.json"));

        Assert.Equal(3, e.Line);
        Assert.Contains("not valid JSON", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_rules_is_refused()
    {
        var e = Assert.Throws<InputException>(() => ComplianceRules.Parse("{}", "rules.json"));

        Assert.Equal("rules", e.Column);
    }
}
