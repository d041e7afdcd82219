using System.Diagnostics;
using System.Text.Json;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Core.Logs;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Compliance.Replay;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

/// <summary>
/// The three BPMN models of pm4py's tests against their logs, compared with pm4py 2.7.14's answers
/// (<c>shared/data/models/bpmn/expected.json</c>): every case fits by alignments; token replay finds either no
/// misfit or pm4py's own list.
/// </summary>
public sealed class ReferenceModelTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("running-example.bpmn", "running-example.xes")]
    [InlineData("a32f0n00.bpmn", "09_a32f0n00.xes.gz")]
    [InlineData("receipt.bpmn", "receipt.csv")]
    public void Token_replay_and_alignments_agree_with_pm4py(string modelFile, string logFile)
    {
        Skip.If(ComplianceData.Root is null, ComplianceData.NoShared);
        var expected = Expected(modelFile, logFile);
        var model = BpmnModel.Parse(File.ReadAllText(ComplianceData.ModelPath(modelFile)), modelFile);
        var log = ComplianceData.ReadLog(logFile);
        Assert.Equal(expected.GetProperty("num_cases").GetInt32(), log.CaseCount);

        var clock = Stopwatch.StartNew();
        var result = Compliance.CheckModel(log, model, new ComplianceOptions { Model = new ModelCheckOptions { Methods = ConformanceMethod.Both } });
        output.WriteLine($"{modelFile} on {logFile}: {clock.Elapsed.TotalSeconds:0.000} s");
        foreach (var f in result.Fitness)
            output.WriteLine($"  {f.Method}: {f.Seconds:0.000} s, {f.Variants} variants, fitting {f.FittingCases}/{f.Cases}, log fitness {f.LogFitness:0.00000}, gave up {f.GaveUp.Count}");

        var alignments = result.Fitness.Single(f => f.Method == "alignments");
        Assert.Empty(alignments.GaveUp);
        Assert.Equal(log.CaseCount, alignments.FittingCases);
        Assert.Equal(1.0, alignments.LogFitness);
        Assert.Equal(expected.GetProperty("fitness_alignments").GetProperty("averageFitness").GetDouble(), alignments.AverageFitness);
        Assert.Equal(0, expected.GetProperty("alignment_non_fitting_count").GetInt32());

        var replay = result.Fitness.Single(f => f.Method == "token_replay");
        var pm4pyMisfits = expected.GetProperty("token_replay_non_fitting_case_ids").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();
        var misfits = replay.PerCase.Where(c => !c.Fits).Select(c => c.Case).Order(StringComparer.Ordinal).ToList();
        Assert.True(misfits.Count == 0 || misfits.SequenceEqual(pm4pyMisfits), $"token replay flags {string.Join(", ", misfits)}");
        Assert.Equal(misfits.Count, result.Deviations.Count(d => d.Rule == "token_replay"));
        Assert.DoesNotContain(result.Deviations, d => d.Rule == "alignments");
    }

    [SkippableTheory]
    [InlineData("running-example.bpmn", "running-example.xes")]
    [InlineData("a32f0n00.bpmn", "09_a32f0n00.xes.gz")]
    [InlineData("receipt.bpmn", "receipt.csv")]
    public void Deleting_one_event_costs_one_move_at_most_and_swapping_two_at_most_two(string modelFile, string logFile)
    {
        Skip.If(ComplianceData.Root is null, ComplianceData.NoShared);
        var model = BpmnModel.Parse(File.ReadAllText(ComplianceData.ModelPath(modelFile)), modelFile);
        var log = ComplianceData.ReadLog(logFile);
        var random = new Random(7);
        var builder = new EventLogBuilder();
        var edits = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < log.CaseCount; c++)
        {
            var trace = log.ActivitiesOf(c).ToArray().Select(a => log.ActivityNames[a]).ToList();
            var at = random.Next(Math.Max(1, trace.Count - 1));
            var edit = c % 2 == 0 || trace.Count < 2 ? "delete" : "swap";
            if (edit == "delete")
                trace.RemoveAt(at);
            else
                (trace[at], trace[at + 1]) = (trace[at + 1], trace[at]);
            edits[log.CaseIds[c]] = edit;
            foreach (var activity in trace)
                builder.Add(log.CaseIds[c], activity, null);
        }

        var clock = Stopwatch.StartNew();
        var result = Compliance.CheckModel(builder.Build(), model);
        var alignments = result.Fitness.Single();
        output.WriteLine($"{modelFile}, edited {logFile}: {clock.Elapsed.TotalSeconds:0.000} s, {alignments.Variants} variants, fitting {alignments.FittingCases}/{alignments.Cases}, log fitness {alignments.LogFitness:0.00000}");

        Assert.Empty(alignments.GaveUp);
        Assert.All(alignments.PerCase, c => Assert.InRange(c.Cost, 0, edits[c.Case] == "delete" ? 1 : 2));
        Assert.Contains(alignments.PerCase, c => c.Cost > 0);
        Assert.All(result.Deviations, d => Assert.True(d.Events.Count + d.Skipped.Count > 0));
    }

    private static JsonElement Expected(string model, string log)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(ComplianceData.ModelPath("expected.json")));
        return doc.RootElement.GetProperty("models").GetProperty(model).GetProperty("logs").GetProperty(log).Clone();
    }
}
