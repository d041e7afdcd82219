using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class StepNameComparerTests
{
    private static StepName Name(string element, string[] words, string[]? subject) =>
        new("SAP", "MIRO", "click", element, false, [.. words], subject?.ToList());

    [Fact]
    public void Names_with_the_same_words_in_other_lists_are_equal_with_equal_hashes()
    {
        var (a, b) = (Name("Post", ["MIRO", "Post"], ["MIRO"]), Name("Post", ["MIRO", "Post"], ["MIRO"]));

        Assert.NotSame(a.ObjectWords, b.ObjectWords);
        Assert.True(StepNameComparer.Instance.Equals(a, b));
        Assert.Equal(StepNameComparer.Instance.GetHashCode(a), StepNameComparer.Instance.GetHashCode(b));
    }

    [Theory]
    [InlineData("Save", new[] { "MIRO", "Post" }, new[] { "MIRO" })]
    [InlineData("Post", new[] { "MIRO" }, new[] { "MIRO" })]
    [InlineData("Post", new[] { "MIRO", "Post" }, null)]
    [InlineData("Post", new[] { "MIRO", "Post" }, new string[0])]
    public void Names_that_differ_in_any_part_are_not_equal(string element, string[] words, string[]? subject) =>
        Assert.False(StepNameComparer.Instance.Equals(Name("Post", ["MIRO", "Post"], ["MIRO"]), Name(element, words, subject)));

    [Fact]
    public void Labels_that_read_the_same_share_one_name_and_keep_their_own_entries()
    {
        // Two invoices' windows whose numbers stay in the labels (too few to template) but not in the names.
        var events = Enumerable.Range(0, 4).Select(i => new UiEvent
        {
            Id = Guid.CreateVersion7(), Source = "x11", Kind = EventKinds.Click, App = "SAP", User = "u1",
            Window = "Invoice " + (4711 + (i % 2)), TargetName = "Post", Ts = i * 1_000_000L,
        }).ToList();
        var builder = new RecognitionBuilder();
        builder.Add(PersonRecognition.Analyse("u1", events));

        var names = builder.Finish().StepNames;

        Assert.Equal(2, names.Count);
        var (first, second) = (names.Values.First(), names.Values.Last());
        Assert.Equal(first, second);
        Assert.Same(first, second);
    }
}
