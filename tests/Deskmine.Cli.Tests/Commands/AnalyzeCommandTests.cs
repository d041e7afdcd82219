using System.Text.Json;
using Deskmine.Cli.Tests.Support;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Work;

namespace Deskmine.Cli.Tests.Commands;

[Collection(MinedCliCollection.Name)]
public sealed class AnalyzeCommandTests(MinedCliWorkspace mined)
{
    private static readonly string[] CandidateKeys =
    [
        "task_type", "name", "instances", "people", "hours_observed", "hours_per_year", "fte", "score", "score_parts",
        "technology", "reason", "savings_per_year", "implementation_cost", "payback_months", "data_transfers",
    ];

    private static readonly string[] Technologies = ["rpa", "integration", "document_ai", "workflow", "eliminate", "standardise_first"];

    [Fact]
    public void Json_has_the_period_the_assumptions_and_candidates_best_first_with_the_contract_keys()
    {
        var run = Analyze("analyze", "--json");

        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        var period = root.GetProperty("period");
        Assert.True(period.GetProperty("to").GetDateTimeOffset() > period.GetProperty("from").GetDateTimeOffset());
        Assert.True(period.GetProperty("days").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("assumptions").ValueKind);
        var candidates = root.GetProperty("candidates").EnumerateArray().ToList();
        Assert.NotEmpty(candidates);
        var scores = candidates.Select(c => c.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var c in candidates)
        {
            foreach (var key in CandidateKeys)
                Assert.True(c.TryGetProperty(key, out _), $"candidate without '{key}'");
            Assert.Contains(c.GetProperty("technology").GetString(), Technologies);
            foreach (var part in c.GetProperty("score_parts").EnumerateObject())
            {
                var p = part.Value;
                // Each figure is rounded to 4 decimals on its own, so the product matches only to about that.
                var product = p.GetProperty("value").GetDouble() * p.GetProperty("weight").GetDouble();
                Assert.InRange(p.GetProperty("contribution").GetDouble() - product, -1e-3, 1e-3);
            }
            foreach (var t in c.GetProperty("data_transfers").EnumerateArray())
            {
                foreach (var key in new[] { "from_app", "from_field", "to_app", "to_field" })
                    Assert.Equal(JsonValueKind.String, t.GetProperty(key).ValueKind);
                Assert.True(t.GetProperty("count").GetInt32() > 0);
            }
        }
        Assert.Equal("Invoice processing", TrueTaskTypeOf(candidates[0].GetProperty("task_type").GetString()!));
    }

    [Fact]
    public void Aliases_candidates_and_roi_print_the_same_analysis()
    {
        var analyze = Analyze("analyze", "--json");

        Assert.Equal(analyze.Out, Analyze("candidates", "--json").Out);
        Assert.Equal(analyze.Out, Analyze("roi", "--json").Out);
    }

    [Fact]
    public void Text_output_lists_the_top_candidates()
    {
        var run = Analyze("analyze", "--top", "3");

        using var doc = JsonDocument.Parse(Analyze("analyze", "--json").Out);
        Assert.Contains(doc.RootElement.GetProperty("candidates")[0].GetProperty("name").GetString()!, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_assumptions_file_is_echoed_and_a_bad_line_exits_1_naming_it()
    {
        var good = mined.NewPath("assumptions.json");
        File.WriteAllText(good, "{\n  // our own rate\n  \"hourly_rate\": 77,\n  \"currency\": \"CHF\",\n}\n");
        var bad = mined.NewPath("assumptions.json");
        File.WriteAllText(bad, "{\n  \"hourly_rate\": 77,\n  \"hourly_rat\": 1\n}\n");

        using var doc = JsonDocument.Parse(Analyze("analyze", "--json", "--assumptions", good).Out);
        var failed = CliRun.Of("analyze", "-w", mined.Directory, "--assumptions", bad);

        Assert.Equal(77, doc.RootElement.GetProperty("assumptions").GetProperty("hourly_rate").GetDouble());
        Assert.Equal("CHF", doc.RootElement.GetProperty("assumptions").GetProperty("currency").GetString());
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"{bad}, line 3", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_before_mine_exits_1_saying_to_mine_first()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "300").ExitCode);

        var run = CliRun.Of("analyze", "-w", ws);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("deskmine mine", run.Error, StringComparison.Ordinal);
    }

    private CliRun Analyze(params string[] args)
    {
        Assert.True(mined.Mine.ExitCode == 0, mined.Mine.Error);
        var run = CliRun.Of([.. args, "-w", mined.Directory]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    /// <summary>The simulator's task type most events of the mined task type <paramref name="key"/> belong to.</summary>
    private string TrueTaskTypeOf(string key)
    {
        using var ws = Workspace.OpenReadOnly(mined.Directory);
        var work = WorkLogs.FromRecognition(ws);
        var truth = ws.Events.ReadTruth().ToDictionary(t => t.EventId, t => t.TaskType);
        return work.Instances.Where(i => work.TaskTypes[i.TaskType].Id == key)
            .SelectMany(i => i.Events)
            .GroupBy(e => truth.GetValueOrDefault(work.Events[e].Id, ""), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).First().Key;
    }
}
