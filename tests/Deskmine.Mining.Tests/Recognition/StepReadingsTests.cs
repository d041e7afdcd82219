using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class StepReadingsTests
{
    [Fact]
    public void A_runs_actions_read_as_their_step_names_numbered_once_each_as_by_their_label_texts()
    {
        var builder = new RecognitionBuilder();
        builder.Add(PersonRecognition.Analyse("u1", RecognitionBuilderTests.Stream("u1", "Open", "Post", "Open", "Post")));
        builder.Add(PersonRecognition.Analyse("u2", RecognitionBuilderTests.Stream("u2", "Post", "Close", "Post")));
        var tasks = builder.Finish();
        // The same run with its names as a plain dictionary and its segments' labels as plain lists: the path by text.
        var byText = tasks with
        {
            StepNames = tasks.StepNames.ToDictionary(StringComparer.Ordinal),
            Segments = [.. tasks.Segments.Select(s => s with { Actions = [.. s.Actions] })],
        };
        var fromNumbers = StepReadings.Of(tasks);
        var fromTexts = StepReadings.Of(byText);
        var a = new List<int>();
        var b = new List<int>();

        for (var s = 0; s < tasks.Segments.Count; s++)
        {
            fromNumbers.Read(tasks.Segments[s], a);
            fromTexts.Read(byText.Segments[s], b);

            var expected = tasks.Segments[s].Actions.Select(l => tasks.StepNames[l] is { Length: > 0 } name ? name : l).ToList();
            Assert.Equal(expected, a.Select(fromNumbers.Text));
            Assert.Equal(expected, b.Select(fromTexts.Text));
        }
        Assert.NotEmpty(a);
        Assert.Equal(Enumerable.Range(0, fromNumbers.Count).Select(fromNumbers.Text).Distinct(StringComparer.Ordinal).Count(), fromNumbers.Count);
    }
}
