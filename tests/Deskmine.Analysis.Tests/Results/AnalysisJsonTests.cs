using System.Text.Json;
using Deskmine.Analysis.Results;
using Deskmine.Analysis.Tests.TimeStudy;
using Deskmine.Analysis.Transfers;

namespace Deskmine.Analysis.Tests.Results;

public sealed class AnalysisJsonTests
{
    private static JsonElement Json()
    {
        var log = Some.Log([.. SomeWork.Many(25, 0, 0, ["u01", "u02", "u03"], "Open", "Enter", "Check", "Post"),
            .. SomeWork.Many(5, 1, 20_000, ["u04"], "Read", "Reply")]);
        var transfers = new DataTransferReport([new DataTransfer(0, "AcroRd32.exe", "Total", "erp.exe", "Amount", 25, DataTransferMatch.Hash, null)], [0.2, 0]);
        return JsonDocument.Parse(AnalysisJson.Write(AutomationAnalysis.Analyze(log, transfers))).RootElement;
    }

    [Fact]
    public void The_object_has_period_assumptions_and_candidates_best_first()
    {
        var root = Json();

        var period = root.GetProperty("period");
        Assert.Equal("2024-03-04T08:00:00Z", period.GetProperty("from").GetString());
        Assert.Equal(1, period.GetProperty("days").GetInt32());
        Assert.Equal(220, root.GetProperty("assumptions").GetProperty("working_days_per_year").GetDouble());
        var scores = root.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("score").GetDouble()).ToArray();
        Assert.True(scores.Length >= 2);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public void Every_candidate_has_the_contract_keys()
    {
        string[] keys =
        [
            "task_type", "name", "instances", "people", "hours_observed", "hours_per_year", "fte", "score", "score_parts",
            "technology", "reason", "savings_per_year", "implementation_cost", "payback_months", "data_transfers",
        ];

        foreach (var c in Json().GetProperty("candidates").EnumerateArray())
        {
            foreach (var key in keys)
                Assert.True(c.TryGetProperty(key, out _), $"missing {key}");
            foreach (var part in c.GetProperty("score_parts").EnumerateObject())
            {
                var p = part.Value;
                Assert.Equal(p.GetProperty("value").GetDouble() * p.GetProperty("weight").GetDouble(), p.GetProperty("contribution").GetDouble(), 3);
            }
        }
    }

    [Fact]
    public void Task_type_candidates_carry_the_type_id_and_its_data_transfers()
    {
        var first = Json().GetProperty("candidates").EnumerateArray()
            .First(c => c.GetProperty("kind").GetString() == "task_type" && c.GetProperty("task_type").GetString() == "t0");

        var transfer = Assert.Single(first.GetProperty("data_transfers").EnumerateArray().ToArray());
        Assert.Equal("AcroRd32.exe", transfer.GetProperty("from_app").GetString());
        Assert.Equal("Total", transfer.GetProperty("from_field").GetString());
        Assert.Equal("erp.exe", transfer.GetProperty("to_app").GetString());
        Assert.Equal("Amount", transfer.GetProperty("to_field").GetString());
        Assert.Equal(25, transfer.GetProperty("count").GetInt32());
        Assert.Equal(25, first.GetProperty("instances").GetInt32());
        Assert.Equal(3, first.GetProperty("people").GetInt32());
    }
}
