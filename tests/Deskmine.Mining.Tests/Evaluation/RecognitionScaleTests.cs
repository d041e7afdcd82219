using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;
using Xunit.Abstractions;

namespace Deskmine.Mining.Tests.Evaluation;

/// <summary>Whole-run benchmark: one million events segmented and grouped. Runs only with DESKMINE_EVAL=1.</summary>
public sealed class RecognitionScaleTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void One_million_events_are_recognised_in_under_a_minute()
    {
        Skip.If(Environment.GetEnvironmentVariable("DESKMINE_EVAL") != "1", "benchmark: set DESKMINE_EVAL=1");
        var events = Enumerable.Range(0, 200).SelectMany(u => SomeStreams.InvoiceStream($"user{u}", 1000)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = TaskRecognizer.Recognize(events);
        watch.Stop();
        output.WriteLine($"{events.Count} events, {result.Segments.Count} segments, {result.TaskTypes.Count} types in {watch.Elapsed.TotalSeconds:F1} s");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "deskmine-recognition-scale.txt"), $"{events.Count} events, {result.Segments.Count} segments in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(200_000, result.Segments.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
