using System.Globalization;
using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Evaluation.Benchmarks;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

/// <summary>
/// Values that look like ids but are constants of one routine: a routine that always writes to row 10 of a
/// workbook while another walks down its rows, and a form button numbered B2.
/// </summary>
public sealed class RoutineConstantsTests
{
    // Routine "rows": copy the cells of the next row into a form and submit. Routine "log": type into row 10 of the
    // same workbook, press form button B2, confirm. No routine shows an id outside the workbook; steps 2–4 s apart,
    // a 10 s pause before each instance.
    private static List<TaskInstanceSample> Samples(int perType)
    {
        var samples = new List<TaskInstanceSample>();
        for (var i = 0; i < perType; i++)
        {
            var row = (i + 2).ToString(CultureInfo.InvariantCulture);
            samples.Add(Instance("rows", i, [
                (EventKinds.Copy, "Sheet", "A" + row), (EventKinds.Paste, "Form", "Name"),
                (EventKinds.Copy, "Sheet", "B" + row), (EventKinds.Paste, "Form", "Amount"),
                (EventKinds.Copy, "Sheet", "C" + row), (EventKinds.Paste, "Form", "Date"), (EventKinds.Click, "Form", "Submit")]));
            samples.Add(Instance("log", i, [
                (EventKinds.Click, "Sheet", "Open log"), (EventKinds.TextInput, "Sheet", "A10"), (EventKinds.TextInput, "Sheet", "B10"),
                (EventKinds.Click, "Form", "B2"), (EventKinds.Copy, "Sheet", "B2"), (EventKinds.Click, "Form", "Confirm")]));
        }
        return samples;
    }

    private static TaskInstanceSample Instance(string type, int i, (string Kind, string App, string Element)[] steps)
    {
        var events = new List<UiEvent>();
        var t = 1000.0 * i;
        foreach (var ((kind, app, element), k) in steps.Select((s, k) => (s, k)))
            events.Add(SomeStreams.Event("u", t += 2 + ((i + k) % 3), kind, app, element, value: $"{type} {i} {k}"));
        return new TaskInstanceSample(type, i.ToString(CultureInfo.InvariantCulture), events, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_row_every_instance_writes_to_does_not_glue_the_instances_of_its_routine()
    {
        var log = MixedLogBuilder.Build(Samples(20), new MixedLogOptions { Seed = 5, InterleavedShare = 0 });

        var result = TaskRecognizer.Recognize(log.Events);
        var report = RecognitionEvaluator.Evaluate(result, log.TrueInstance, log.TrueType, UnlabelledEvents.Noise);

        Assert.True(report.BoundaryF1 >= 0.97, $"boundary F1 {report.BoundaryF1:F3}, {report.SegmentsFound} segments for {report.TrueSegments}");
        Assert.True(report.TypeF1 >= 0.97, $"type F1 {report.TypeF1:F3}");
    }
}
