using System.Globalization;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Evaluation.Benchmarks;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;
using Xunit.Abstractions;

namespace Deskmine.Mining.Tests.Evaluation;

/// <summary>
/// The mixed-log benchmark: instances of six of Leno et al.'s routines shuffled, concatenated and interleaved on one
/// timeline (<see cref="MixedLogBuilder"/>, seeded). Runs only with DESKMINE_EVAL=1; DESKMINE_EVAL_MIXED_PER_TYPE
/// (default 20) and DESKMINE_EVAL_MIXED_SEEDS (default 42) change the draw. Writes deskmine-recognition-mixed.txt to
/// the temp folder.
/// </summary>
public sealed class MixedLogEvaluationTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Recognition_on_mixed_leno_logs()
    {
        Skip.If(Environment.GetEnvironmentVariable("DESKMINE_EVAL") != "1", "evaluation harness: set DESKMINE_EVAL=1");
        var folder = LenoLogs.Folder();
        Skip.If(folder is null, "../shared/data/uilogs/leno is absent");
        var perType = int.Parse(Environment.GetEnvironmentVariable("DESKMINE_EVAL_MIXED_PER_TYPE") ?? "20", CultureInfo.InvariantCulture);
        var seeds = (Environment.GetEnvironmentVariable("DESKMINE_EVAL_MIXED_SEEDS") ?? "42")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        var shares = (Environment.GetEnvironmentVariable("DESKMINE_EVAL_MIXED_SHARES") ?? "0,0.25")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var samples = MixedLenoSamples.Read(folder!);
        var lines = new List<string> { "suspended share | seed | per type | events | segs found/true | suspended | suspensions found (right) | edit dist | boundary F1 | type F1 | instance F1 | type ARI ev | inst ARI ev | types found | ms" };
        foreach (var (share, seed) in shares.SelectMany(share => seeds.Select(seed => (share, seed))))
        {
            var log = MixedLogBuilder.Build(samples, new MixedLogOptions { Seed = seed, InstancesPerType = perType, InterleavedShare = share });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = TaskRecognizer.Recognize(log.Events);
            watch.Stop();
            var r = RecognitionEvaluator.Evaluate(result, log.TrueInstance, log.TrueType, UnlabelledEvents.Noise);
            var (found, right) = ScoreSuspensions(result, log);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{share} | {seed} | {perType} | {r.ScoredEvents} | {r.SegmentsFound}/{r.TrueSegments} | {log.SuspendedInstances.Count} | {found} ({right}) | {r.MeanEditDistance:F3} | {r.BoundaryF1:F3} | {r.TypeF1:F3} | {r.InstanceF1:F3} | {r.TypeAriPerEvent:F3} | {r.InstanceAriPerEvent:F3} | {result.TaskTypes.Count} | {watch.ElapsedMilliseconds}"));
            for (var t = 0; t < result.TaskTypes.Count; t++)
            {
                var mix = Enumerable.Range(0, log.Events.Count).Where(i => result.TaskTypeOfEvent[i] == t)
                    .GroupBy(i => log.TrueType[i]).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
                lines.Add($"   type {result.TaskTypes[t].Name} ×{result.TaskTypes[t].SegmentCount}: {string.Join(", ", mix)}");
            }
            Assert.Equal(log.Events.Count, r.ScoredEvents);
        }
        var text = string.Join('\n', lines);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "deskmine-recognition-mixed.txt"), text);
    }

    // A reported suspension is right when its segment's majority true instance is one the builder suspended.
    private static (int Found, int Right) ScoreSuspensions(RecognitionResult result, MixedLog log)
    {
        var majority = Enumerable.Range(0, log.Events.Count).Where(i => result.SegmentOfEvent[i] >= 0)
            .GroupBy(i => result.SegmentOfEvent[i])
            .ToDictionary(g => g.Key, g => g.GroupBy(i => log.TrueInstance[i]).OrderByDescending(x => x.Count()).First().Key);
        var suspended = log.SuspendedInstances.ToHashSet(StringComparer.Ordinal);
        var right = result.Suspensions.Select(s => majority[s.Segment]).Distinct(StringComparer.Ordinal).Count(suspended.Contains);
        return (result.Suspensions.Count, right);
    }
}
