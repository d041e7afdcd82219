using System.Text.Json;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

[Collection(MinedCliCollection.Name)]
public sealed class ComplianceCommandTests(MinedCliWorkspace mined)
{
    private const string Rules = """
        {
          "rules": [
            { "id": "R1", "template": "precedence", "a": "saplogon.exe | click | Simulate", "b": "saplogon.exe | click | Post" },
            { "id": "R2", "template": "response", "a": "saplogon.exe | key_shortcut | ctrl+s", "b": "OUTLOOK.EXE | click | Send" }
          ]
        }
        """;

    // Adds a control the back office does not follow (no posted invoice is mailed on), so there are deviations to list.
    private const string StrictRules = """
        {
          "rules": [
            { "id": "R1", "template": "precedence", "a": "saplogon.exe | click | Simulate", "b": "saplogon.exe | click | Post" },
            { "id": "R3", "template": "response", "a": "saplogon.exe | click | Post", "b": "OUTLOOK.EXE | click | Send" }
          ]
        }
        """;

    private const string Classifier = "app,kind,target_name,attrs.key";

    [Fact]
    public void Audit_writes_the_page_and_one_csv_row_per_deviation_of_the_json()
    {
        var rules = WriteRules(StrictRules);
        var audit = mined.NewPath("audit");

        var json = Check("--rules", rules, "--json");
        var text = Check("--rules", rules, "--audit", audit);

        using var doc = JsonDocument.Parse(json.Out);
        var deviations = doc.RootElement.GetProperty("deviations").GetArrayLength();
        Assert.True(deviations > 0, "posted invoices are not mailed on");
        Assert.True(new FileInfo(Path.Combine(audit, "compliance.html")).Length > 0);
        Assert.Equal(deviations, File.ReadAllLines(Path.Combine(audit, "compliance.csv")).Skip(1).Count(l => l.Length > 0));
        Assert.Contains("compliance.csv", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_file_with_an_error_exits_1_naming_the_line()
    {
        var rules = WriteRules("{\n  \"rules\": [\n    { \"id\": \"R1\", \"template\": \"precedence\", \"a\": \"x\" }\n  ]\n}\n");

        var run = CliRun.Of("compliance", mined.Directory, "--rules", rules, "--classifier", Classifier);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{rules}, line 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_rules_and_model_or_neither_exits_2()
    {
        var rules = WriteRules(Rules);

        var both = CliRun.Of("compliance", mined.Directory, "--rules", rules, "--model", rules);
        var neither = CliRun.Of("compliance", mined.Directory);

        Assert.Equal(2, both.ExitCode);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("--rules", neither.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_bpmn_model_checks_the_running_example_and_the_json_has_the_contract_shape()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);

        var run = CliRun.Of("compliance", SharedData.PathOf("data/eventlogs/logs/running-example.xes"),
            "--model", SharedData.PathOf("data/models/bpmn/running-example.bpmn"), "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("template").GetString()));
            Assert.True(r.GetProperty("checked").GetInt32() >= r.GetProperty("violated").GetInt32());
        });
        Assert.All(doc.RootElement.GetProperty("deviations").EnumerateArray(), d =>
        {
            Assert.Contains(d.GetProperty("rule").GetString(), rules.Select(r => r.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(d.GetProperty("case").GetString()));
            Assert.Equal(JsonValueKind.Array, d.GetProperty("events").ValueKind);
            Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
        });
    }

    private CliRun Check(params string[] args)
    {
        Assert.True(mined.Mine.ExitCode == 0, mined.Mine.Error);
        var run = CliRun.Of(["compliance", mined.Directory, "--case", "segment", "--classifier", Classifier, .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    private string WriteRules(string json)
    {
        var file = mined.NewPath("rules.json");
        File.WriteAllText(file, json);
        return file;
    }
}
