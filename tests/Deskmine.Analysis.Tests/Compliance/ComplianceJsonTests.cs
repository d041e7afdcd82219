using System.Text.Json;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Declare;

namespace Deskmine.Analysis.Tests.Compliance;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

public sealed class ComplianceJsonTests
{
    [Fact]
    public void Rules_and_deviations_follow_the_contract()
    {
        var log = ComplianceData.Log(("c1", "pay", 0, "ann", "T1"), ("c2", "approve", 60, "bob", "T2"), ("c2", "pay", 90, "bob", "T2"));
        var rules = ComplianceRules.Parse("""{"rules": [{"id": "P", "template": "precedence", "a": "approve", "b": "pay"}, {"id": "X", "template": "existence", "a": "aprove"}]}""");

        using var doc = JsonDocument.Parse(ComplianceJson.Write(Compliance.Check(log, rules)));
        var root = doc.RootElement;

        var rule = root.GetProperty("rules")[0];
        Assert.Equal(("P", "precedence", 2, 1), (rule.GetProperty("id").GetString(), rule.GetProperty("template").GetString(), rule.GetProperty("checked").GetInt32(), rule.GetProperty("violated").GetInt32()));
        var d = root.GetProperty("deviations")[0];
        Assert.Equal("P", d.GetProperty("rule").GetString());
        Assert.Equal("c1", d.GetProperty("case").GetString());
        Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
        var e = d.GetProperty("events")[0];
        Assert.Equal(0, e.GetProperty("event").GetInt64());
        Assert.Equal("pay", e.GetProperty("activity").GetString());
        Assert.Equal("2024-03-04T08:00:00.000000Z", e.GetProperty("time").GetString());
        Assert.Equal("ann", e.GetProperty("resource").GetString());
        Assert.Equal("T1", root.GetProperty("rates_by_team")[0].GetProperty("value").GetString());
        Assert.Equal("approve", root.GetProperty("warnings")[0].GetProperty("closest")[0].GetString());
        Assert.False(root.TryGetProperty("fitness", out _));
    }

    [Fact]
    public void Model_checks_add_fitness_and_skipped_activities()
    {
        var log = ComplianceData.Traces(["a", "b", "d"]);

        using var doc = JsonDocument.Parse(ComplianceJson.Write(Compliance.CheckModel(log, BpmnModel.Parse(Models.SplitJoin("parallelGateway")))));
        var root = doc.RootElement;

        Assert.Equal("c", root.GetProperty("deviations")[0].GetProperty("skipped")[0].GetString());
        var f = root.GetProperty("fitness")[0];
        Assert.Equal("alignments", f.GetProperty("method").GetString());
        Assert.Equal(0, f.GetProperty("fitting_cases").GetInt32());
        Assert.False(f.GetProperty("per_case")[0].GetProperty("fits").GetBoolean());
    }
}
