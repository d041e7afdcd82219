using System.Globalization;
using Deskmine.Analysis.Results;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Mining.Recognition;
using Deskmine.Simulation;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Results;

/// <summary>
/// The simulator is built so that invoice processing is the most automatable work (high volume, many people, the
/// same steps every time, values copied between applications). The analysis must find that both from the truth and
/// from what recognition makes of the raw events.
/// </summary>
public sealed class SimulatedBackOfficeTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<SimulatedEvent> Sim =
        [.. new BackOfficeSimulator().Run(new SimulationOptions { Days = 3 })];

    [Fact]
    public void Invoice_processing_ranks_first_from_the_truth()
    {
        var log = SimulatedWork.FromTruth(Sim);

        var result = AutomationAnalysis.Analyze(log, DataTransfers.Find(log));

        Report("truth", log, result);
        Assert.Equal(3, result.Period.Days);
        Assert.Equal(TaskTypes.InvoiceProcessing, MajorityTruthType(log, result.Candidates[0]));
    }

    [Fact]
    public void Invoice_processing_ranks_first_from_recognition()
    {
        var events = Sim.Select(s => s.Event).ToArray();
        var log = SimulatedWork.FromRecognition(events, TaskRecognizer.Recognize(events));

        var result = AutomationAnalysis.Analyze(log, DataTransfers.Find(log));

        Report("recognition", log, result);
        Assert.Equal(TaskTypes.InvoiceProcessing, MajorityTruthType(log, result.Candidates[0]));
    }

    /// <summary>The true task type of most events of the candidate's task type.</summary>
    private static string MajorityTruthType(WorkLog log, Candidate candidate) => log.Instances
        .Where(i => i.TaskType == candidate.TaskType)
        .SelectMany(i => i.Events)
        .Select(e => Sim[e].Truth.TaskType)
        .GroupBy(t => t)
        .OrderByDescending(g => g.Count())
        .First().Key;

    private void Report(string from, WorkLog log, AnalysisResult result)
    {
        var lines = new List<string> { $"{from}: {log.Instances.Count} instances, {result.Period.Days} days" };
        foreach (var c in result.Candidates.Take(12))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{c.Score:F3} {c.Kind} '{c.Name}' [{MajorityTruthType(log, c)}] n={c.Instances} people={c.People} h/yr={c.HoursPerYear:F0} {c.Technology} payback={c.Savings.PaybackMonths:F1}"));
            lines.Add("    " + string.Join(" ", c.ScoreParts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Feature}={p.Value:F2}({p.Contribution:+0.000;-0.000})"))));
        }
        var text = string.Join('\n', lines);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"deskmine-candidates-{from}.txt"), text);
    }
}
