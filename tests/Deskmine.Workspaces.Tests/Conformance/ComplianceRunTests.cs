using System.Text.Json;
using Deskmine.Analysis.Compliance;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Simulation;
using Deskmine.Storage;
using Deskmine.Workspaces.Conformance;
using Deskmine.Workspaces.Tests.Support;
using Xunit.Abstractions;

namespace Deskmine.Workspaces.Tests.Conformance;

[Collection(MinedBackOffice.Name)]
public sealed class ComplianceRunTests(ViolatingWorkspace simulated, ITestOutputHelper output)
{
    private static readonly (string Rule, string Violation)[] RuleOfViolation =
    [
        ("R1", Violations.PostedWithoutSimulation),
        ("R2", Violations.BankChangeNotConfirmed),
    ];

    [Fact]
    public void Rules_on_true_task_instances_find_exactly_the_injected_violations()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Check(CaseNotions.Truth);
        output.WriteLine($"{simulated.EventCount} events, {run.Result.Cases} cases, checked in {clock.Elapsed.TotalSeconds:0.0} s");

        foreach (var (rule, violation) in RuleOfViolation)
        {
            var expected = simulated.ViolationOfInstance.Where(p => p.Value == violation).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var found = run.Result.Deviations.Where(d => d.Rule == rule).Select(d => d.Case).ToHashSet(StringComparer.Ordinal);
            output.WriteLine($"{rule}: {found.Count} deviating cases, {expected.Count} injected");
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
            Assert.Equal(expected.Count, run.Result.Rules.Single(r => r.Id == rule).Violated);
        }
    }

    // Mined segments may split an instance (a saved vendor change in one segment, its confirmation in the next), so
    // precision is only reported; every violating instance must still show in a segment of its own.
    [Fact]
    public void Rules_on_mined_segments_find_the_violating_instances()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Check(CaseNotions.Segment);
        var elapsed = clock.Elapsed;
        var majority = MajorityTruthOfSegment();
        output.WriteLine($"{simulated.EventCount} events, {run.Result.Cases} segments, checked in {elapsed.TotalSeconds:0.0} s " +
                         $"(simulate {simulated.SimulateTime.TotalSeconds:0.0} s, mine {simulated.RecogniseTime.TotalSeconds:0.0} s)");

        foreach (var (rule, violation) in RuleOfViolation)
        {
            var expected = simulated.ViolationOfInstance.Where(p => p.Value == violation).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var segments = run.Result.Deviations.Where(d => d.Rule == rule).Select(d => d.Case).Distinct(StringComparer.Ordinal).ToList();
            var instances = segments.Select(s => majority.GetValueOrDefault(s, "")).ToList();
            var truePositives = instances.Count(expected.Contains);
            var precision = segments.Count == 0 ? 1.0 : (double)truePositives / segments.Count;
            var recall = (double)expected.Count(instances.Contains) / expected.Count;
            output.WriteLine($"{rule}: {segments.Count} deviating segments, {expected.Count} injected; precision {precision:0.000}, recall {recall:0.000}");
            Assert.True(recall >= 0.9, $"{rule} recall {recall:0.000}");
        }
    }

    [Fact]
    public void Audit_writes_a_page_and_a_csv_row_per_deviation()
    {
        var dir = simulated.File("audit-" + Guid.NewGuid().ToString("N"));

        var run = Check(CaseNotions.Truth, dir);

        Assert.Equal(Path.Combine(Path.GetFullPath(dir), "compliance.html"), run.AuditHtml);
        Assert.Equal(Path.Combine(Path.GetFullPath(dir), "compliance.csv"), run.AuditCsv);
        Assert.Contains("Compliance audit", File.ReadAllText(run.AuditHtml!), StringComparison.Ordinal);
        var rows = File.ReadAllLines(run.AuditCsv!).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(run.Result.Deviations);
        Assert.Equal(run.Result.Deviations.Count, rows.Count);
    }

    [Fact]
    public void Json_has_the_contract_shape()
    {
        var run = Check(CaseNotions.Truth);

        using var doc = JsonDocument.Parse(ComplianceJson.Write(run.Result));

        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["R1", "R2"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["precedence", "response"], rules.Select(r => r.GetProperty("template").GetString()));
        Assert.All(rules, r => Assert.True(r.GetProperty("checked").GetInt32() >= r.GetProperty("violated").GetInt32()));
        var deviations = doc.RootElement.GetProperty("deviations").EnumerateArray().ToList();
        Assert.Equal(run.Result.Deviations.Count, deviations.Count);
        Assert.All(deviations, d =>
        {
            Assert.Contains(d.GetProperty("rule").GetString(), new[] { "R1", "R2" });
            Assert.False(string.IsNullOrEmpty(d.GetProperty("case").GetString()));
            Assert.NotEqual(0, d.GetProperty("events").GetArrayLength());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
        });
    }

    [Fact]
    public void A_rules_file_with_an_error_is_an_input_error_naming_the_line()
    {
        var rules = simulated.File("bad-rules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(rules, "{\n  \"rules\": [\n    { \"id\": \"R1\", \"template\": \"no-such-template\", \"a\": \"x\", \"b\": \"y\" }\n  ]\n}\n");

        var e = Assert.Throws<InputException>(() => ComplianceRun.Run(Request(CaseNotions.Truth) with { RulesFile = rules }, TimeProvider.System));

        Assert.Equal(rules, e.Source);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Rules_and_model_together_or_neither_is_an_invalid_request()
    {
        Assert.Throws<InvalidRequestException>(() => ComplianceRun.Run(Request(CaseNotions.Truth) with { ModelFile = simulated.RulesFile }, TimeProvider.System));
        Assert.Throws<InvalidRequestException>(() => ComplianceRun.Run(Request(CaseNotions.Truth) with { RulesFile = null }, TimeProvider.System));
    }

    private ComplianceRunResult Check(string caseNotion, string? audit = null) =>
        ComplianceRun.Run(Request(caseNotion) with { AuditDirectory = audit }, TimeProvider.System);

    private ComplianceRequest Request(string caseNotion) => new()
    {
        Input = simulated.Directory,
        RulesFile = simulated.RulesFile,
        CaseNotion = caseNotion,
        Classifier = ViolatingWorkspace.Classifier,
    };

    /// <summary>Segment → the true task instance most of its events belong to.</summary>
    private Dictionary<string, string> MajorityTruthOfSegment()
    {
        using var ws = simulated.OpenReadOnly();
        var truth = ws.Events.ReadTruth().ToDictionary(t => t.EventId, t => t.TaskInstance);
        return ws.Events.ReadDerived(DerivedRuns.Recognition)
            .Where(d => d.Segment is not null)
            .GroupBy(d => d.Segment!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(d => truth.GetValueOrDefault(d.EventId, "")).OrderByDescending(t => t.Count()).First().Key, StringComparer.Ordinal);
    }
}
