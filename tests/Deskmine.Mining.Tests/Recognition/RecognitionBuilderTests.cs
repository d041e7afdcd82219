using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;

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
}
