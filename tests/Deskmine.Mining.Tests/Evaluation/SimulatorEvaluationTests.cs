using System.Globalization;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Recognition;
using Deskmine.Simulation;
using Xunit.Abstractions;

namespace Deskmine.Mining.Tests.Evaluation;

/// <summary>Evaluation on the back-office simulator's interleaved multi-task data. Runs only with DESKMINE_EVAL=1.</summary>
public sealed class SimulatorEvaluationTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Recognition_on_simulated_back_office()
    {
        Skip.If(Environment.GetEnvironmentVariable("DESKMINE_EVAL") != "1", "evaluation harness: set DESKMINE_EVAL=1");
        var sim = new BackOfficeSimulator().Run(new SimulationOptions { Days = 2, Teams = 2, PeoplePerTeam = 4 }).ToList();
        var events = sim.Select(s => s.Event).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = TaskRecognizer.Recognize(events);
        watch.Stop();
        var r = RecognitionEvaluator.Evaluate(result,
            [.. sim.Select(s => string.IsNullOrEmpty(s.Truth.TaskInstance) ? null : s.Truth.TaskInstance)],
            [.. sim.Select(s => string.IsNullOrEmpty(s.Truth.TaskInstance) ? null : s.Truth.TaskType)]);
        var lines = r.ToRows().Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Metric}: {x.Value:F3}")).ToList();
        lines.Add($"{events.Count} events in {watch.ElapsedMilliseconds} ms");
        lines.AddRange(result.TaskTypes.Select(t => $"type {t.Name} ×{t.SegmentCount}"));
        var text = string.Join('\n', lines);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "deskmine-recognition-sim.txt"), text);
        Assert.True(r.ScoredEvents > 0);
    }
}
