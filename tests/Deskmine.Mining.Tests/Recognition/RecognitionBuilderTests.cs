using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class RecognitionBuilderTests
{
    internal static List<UiEvent> Stream(string user, params string[] targets) => [.. targets.Select((t, i) => new UiEvent
    {
        Id = Guid.CreateVersion7(), Source = "x11", Kind = EventKinds.Click, App = "SAP", User = user,
        Window = "Invoices", TargetName = t, Ts = i * 1_000_000L,
    })];

    [Fact]
    public void A_label_has_one_number_across_people_and_the_number_gives_the_label_back()
    {
        var builder = new RecognitionBuilder();
        var first = builder.Add(PersonRecognition.Analyse("u1", Stream("u1", "Open", "Post", "Open", "Post")));
        var second = builder.Add(PersonRecognition.Analyse("u2", Stream("u2", "Post", "Close", "Post")));
        builder.Finish();

        Assert.Equal(first.LabelIdOf(1), second.LabelIdOf(0));
        Assert.NotEqual(first.LabelIdOf(0), first.LabelIdOf(1));
        Assert.NotEqual(second.LabelIdOf(1), second.LabelIdOf(0));
        Assert.All(Enumerable.Range(0, 4), k => Assert.Equal(first.LabelOf(k), builder.Label(first.LabelIdOf(k))));
        Assert.All(Enumerable.Range(0, 3), k => Assert.Equal(second.LabelOf(k), builder.Label(second.LabelIdOf(k))));
        Assert.Contains("Post", builder.Label(second.LabelIdOf(0)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_runs_step_names_hold_every_label_once_in_order_of_first_appearance()
    {
        var builder = new RecognitionBuilder();
        var first = builder.Add(PersonRecognition.Analyse("u1", Stream("u1", "Open", "Post", "Open", "Post")));
        var second = builder.Add(PersonRecognition.Analyse("u2", Stream("u2", "Post", "Close", "Post")));

        var tasks = builder.Finish();

        Assert.Equal(builder.LabelCount, tasks.StepNames.Count);
        Assert.Equal(Enumerable.Range(0, builder.LabelCount).Select(builder.Label), tasks.StepNames.Keys);
        Assert.All(Enumerable.Range(0, 4), k => Assert.Equal(first.StepNameOf(k), tasks.StepNames[first.LabelOf(k)]));
        Assert.All(Enumerable.Range(0, 3), k => Assert.Equal(second.StepNameOf(k), tasks.StepNames[second.LabelOf(k)]));
        Assert.False(tasks.StepNames.ContainsKey("not a label"));
    }

    [Fact]
    public void Segments_kept_in_a_file_give_the_same_task_types_as_segments_kept_in_memory()
    {
        // Invoices for three people and a chat between them: several segments and two kinds of work.
        var people = new[] { "u1", "u2", "u3" }.Select((u, p) => SomeStreams.InvoiceStream(u, 8 + p)
            .Concat(Enumerable.Range(0, 6).Select(i => SomeStreams.Event(u, 5_000 + (i * 3), i % 2 == 0 ? EventKinds.Click : EventKinds.TextInput, "Teams", "Chat " + (i % 3))))
            .ToList()).ToList();
        var inMemory = new RecognitionBuilder();
        var inFile = new RecognitionBuilder(null, null, segmentBudget: 0);
        foreach (var (events, p) in people.Select((e, p) => (e, p)))
        {
            inMemory.Add(PersonRecognition.Analyse("u" + (p + 1), events));
            inFile.Add(PersonRecognition.Analyse("u" + (p + 1), events));
        }

        var expected = inMemory.Finish();
        var actual = inFile.Finish();

        Assert.True(expected.Segments.Count > 20);
        Assert.Equal(expected.TaskTypes.Select(t => (t.Name, t.Applications.Count)), actual.TaskTypes.Select(t => (t.Name, t.Applications.Count)));
        Assert.Equal(expected.Segments.Select(s => (s.TaskType, s.CaseId, s.EventCount)), actual.Segments.Select(s => (s.TaskType, s.CaseId, s.EventCount)));
        Assert.Equal(expected.Segments.Select(s => string.Join('|', s.Actions)), actual.Segments.Select(s => string.Join('|', s.Actions)));
    }
}
