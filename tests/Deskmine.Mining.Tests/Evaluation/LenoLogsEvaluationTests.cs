using System.Globalization;
using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;
using Deskmine.Storage.Formats;
using Xunit.Abstractions;

namespace Deskmine.Mining.Tests.Evaluation;

/// <summary>
/// Evaluation harness over Leno et al.'s 11 logs, read with the product's readers (Action Logger, CPN). Runs only with DESKMINE_EVAL=1 (it reads ../shared and takes
/// some seconds); prints a table and writes it to the temp folder as deskmine-recognition-eval.txt.
/// </summary>
public sealed class LenoLogsEvaluationTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Recognition_on_leno_logs_reaches_targets()
    {
        Skip.If(Environment.GetEnvironmentVariable("DESKMINE_EVAL") != "1", "evaluation harness: set DESKMINE_EVAL=1");
        var folder = LenoLogs.Folder();
        Skip.If(folder is null, "../shared/data/uilogs/leno is absent");
        var lines = new List<string> { "log | events | segs found/true | edit dist | boundary F1 | instance F1 | type F1 | type ARI ev | inst ARI ev | ms" };
        var reports = new List<EvaluationReport>();
        foreach (var name in new[] { "StudentRecord", "Reimbursement" })
        {
            var events = InTimeOrder(LogReaders.Open(Path.Combine(folder!, name + ".csv"), "actionlogger"));
            var truth = TruthMatcher.ByTimestamp(events, LogReaders.Open(Path.Combine(folder!, name + "_segmented.csv"), "actionlogger"));
            reports.Add(Run(name, events, truth, UnlabelledEvents.Ignored, lines));
        }
        for (var n = 1; n <= 9; n++)
        {
            var events = InTimeOrder(LogReaders.Open(Path.Combine(folder!, "cpn", $"log{n}_segmented.csv"), "cpn"));
            reports.Add(Run($"cpn log{n}", events, [.. events.Select(e => e.Attrs?.GetValueOrDefault("caseID"))], UnlabelledEvents.Noise, lines));
        }
        var text = string.Join('\n', lines);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "deskmine-recognition-eval.txt"), text);
        Assert.Equal(11, reports.Count);
        Assert.All(reports, r => Assert.True(r.ScoredEvents > 0));
    }

    // Events as the product imports them (caseID only in attrs, which recognition never reads), in time order.
    private static List<UiEvent> InTimeOrder(IEnumerable<UiEvent> events) =>
        [.. events.Select((e, i) => (e, i)).OrderBy(x => x.e.Ts ?? 0).ThenBy(x => x.i).Select(x => x.e)];

    private static EvaluationReport Run(string name, List<UiEvent> events, string?[] instance, UnlabelledEvents mode, List<string> lines)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = TaskRecognizer.Recognize(events);
        watch.Stop();
        var type = instance.Select(i => i is null ? null : name).ToArray();
        var r = RecognitionEvaluator.Evaluate(result, instance, type, mode);
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"{name} | {r.ScoredEvents} | {r.SegmentsFound}/{r.TrueSegments} | {r.MeanEditDistance:F3} | {r.BoundaryF1:F3} | {r.InstanceF1:F3} | {r.TypeF1:F3} | {r.TypeAriPerEvent:F3} | {r.InstanceAriPerEvent:F3} | {watch.ElapsedMilliseconds}"));
        lines.Add("   types: " + string.Join("; ", result.TaskTypes.Select(t => $"{t.Name} ×{t.SegmentCount}")));
        return r;
    }
}
