using System.Globalization;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Recognition;
using Deskmine.Simulation;
using Xunit.Abstractions;

namespace Deskmine.Mining.Tests.Evaluation;

/// <summary>
/// Evaluation on the back-office simulator's interleaved multi-task data. Runs only with DESKMINE_EVAL=1;
/// DESKMINE_EVAL_DAYS and DESKMINE_EVAL_PEOPLE (per team, 3 teams) change the run (default 2 days, all 21 people).
/// Noise (events with no true task) is not scored, as in Leno et al.'s segmented logs; how much of it recognition
/// leaves out of segments is reported beside the figures.
/// </summary>
public sealed class SimulatorEvaluationTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Recognition_on_simulated_back_office()
    {
        Skip.If(Environment.GetEnvironmentVariable("DESKMINE_EVAL") != "1", "evaluation harness: set DESKMINE_EVAL=1");
        var days = int.Parse(Environment.GetEnvironmentVariable("DESKMINE_EVAL_DAYS") ?? "2", CultureInfo.InvariantCulture);
        var people = int.Parse(Environment.GetEnvironmentVariable("DESKMINE_EVAL_PEOPLE") ?? "7", CultureInfo.InvariantCulture);
        var sim = new BackOfficeSimulator().Run(new SimulationOptions { Days = days, Teams = 3, PeoplePerTeam = people }).ToList();
        var events = sim.Select(s => s.Event).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = TaskRecognizer.Recognize(events);
        watch.Stop();
        string?[] instance = [.. sim.Select(s => string.IsNullOrEmpty(s.Truth.TaskInstance) ? null : s.Truth.TaskInstance)];
        string?[] type = [.. sim.Select(s => string.IsNullOrEmpty(s.Truth.TaskInstance) ? null : s.Truth.TaskType)];
        var r = RecognitionEvaluator.Evaluate(result, instance, type, UnlabelledEvents.Ignored);
        var withNoise = RecognitionEvaluator.Evaluate(result, instance, type, UnlabelledEvents.Noise);
        var lines = r.ToRows().Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Metric}: {x.Value:F3}")).ToList();
        var trueNoise = Enumerable.Range(0, events.Count).Where(i => instance[i] is null).ToList();
        var predNoise = Enumerable.Range(0, events.Count).Where(i => result.SegmentOfEvent[i] < 0).ToList();
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"noise: true {trueNoise.Count}, left out {predNoise.Count}, of which true noise {predNoise.Count(i => instance[i] is null)}; type F1 with noise as a class {withNoise.TypeF1:F3}"));
        lines.Add($"{events.Count} events, {days} days, {3 * people} people, in {watch.ElapsedMilliseconds} ms");
        for (var t = 0; t < result.TaskTypes.Count; t++)
        {
            var mix = Enumerable.Range(0, events.Count).Where(i => result.TaskTypeOfEvent[i] == t && type[i] is not null)
                .GroupBy(i => type[i]).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            lines.Add($"type {result.TaskTypes[t].Name} ×{result.TaskTypes[t].SegmentCount}: {string.Join(", ", mix)}");
        }
        var text = string.Join('\n', lines);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "deskmine-recognition-sim.txt"), text);
        Assert.True(r.ScoredEvents > 0);
    }
}
