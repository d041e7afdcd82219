using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Evaluation.Benchmarks;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

/// <summary>
/// Tasks suspended for another and resumed, in streams without business-object ids: the resumed piece goes back to
/// the instance it was cut off from, also when it begins with a step the interrupting routine shares.
/// </summary>
public sealed class ResumedPiecesTests
{
    // Two routines in different applications that share a confirmation dialog: a form and a ledger look-up, each
    // with its own closing step. Steps 2–4 s apart; the worker pauses 12 s before each instance.
    private static List<TaskInstanceSample> Samples(int perType)
    {
        var samples = new List<TaskInstanceSample>();
        for (var i = 0; i < perType; i++)
        {
            samples.Add(Instance("form", i, "Forms", ["open form", "name", "surname", "OK", "address", "submit"]));
            samples.Add(Instance("ledger", i, "Ledger", ["open ledger", "find entry", "OK", "copy amount", "close ledger"]));
        }
        return samples;
    }

    private static TaskInstanceSample Instance(string type, int i, string app, string[] steps)
    {
        var events = new List<UiEvent>();
        var t = 1000.0 * i;
        foreach (var (step, k) in steps.Select((s, k) => (s, k)))
            events.Add(SomeStreams.Event("u", t += 2 + ((i + k) % 3), EventKinds.Click, step == "OK" ? "Dialog" : app, step));
        return new TaskInstanceSample(type, i.ToString(System.Globalization.CultureInfo.InvariantCulture), events, TimeSpan.FromSeconds(12));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void A_resumed_piece_rejoins_the_instance_it_was_cut_off_from(int seed)
    {
        var log = MixedLogBuilder.Build(Samples(15), new MixedLogOptions { Seed = seed, InterleavedShare = 0.4 });

        var result = TaskRecognizer.Recognize(log.Events);
        var report = RecognitionEvaluator.Evaluate(result, log.TrueInstance, log.TrueType, UnlabelledEvents.Noise);

        Assert.True(log.SuspendedInstances.Count >= 5);
        Assert.True(report.BoundaryF1 >= 0.97, $"boundary F1 {report.BoundaryF1:F3}");
        // Every suspended instance is one segment again, and its suspension is reported.
        var suspended = log.SuspendedInstances.ToHashSet(StringComparer.Ordinal);
        var rejoined = Enumerable.Range(0, log.Events.Count).Where(i => suspended.Contains(log.TrueInstance[i]))
            .GroupBy(i => log.TrueInstance[i]).Count(g => g.Select(i => result.SegmentOfEvent[i]).Distinct().Count() == 1);
        Assert.Equal(suspended.Count, rejoined);
        Assert.True(result.Suspensions.Count >= suspended.Count, $"{result.Suspensions.Count} suspensions for {suspended.Count}");
    }

    [Fact]
    public void Instances_one_after_another_are_not_joined()
    {
        var log = MixedLogBuilder.Build(Samples(15), new MixedLogOptions { Seed = 3, InterleavedShare = 0 });

        var result = TaskRecognizer.Recognize(log.Events);

        Assert.Empty(result.Suspensions);
        Assert.Equal(30, result.Segments.Count);
    }
}
