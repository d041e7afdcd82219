using Deskmine.Core.Events;
using Deskmine.Privacy.Policies;

namespace Deskmine.Privacy.Tests;

public class CleanedTextsTests
{
    [Fact]
    public void A_text_seen_again_gives_the_same_output_and_counts_its_detections_again()
    {
        var filter = Some.Filter(Some.Policy() with { ClipboardText = [new TextOptIn()] });
        var e = Some.Event(EventKinds.Copy) with { Window = "Inbox - jane.doe@example.com - Outlook", Value = "mail jane.doe@example.com" };

        var first = Some.Kept(filter, e);
        var afterOne = filter.Stats.Detections["email"];
        var second = Some.Kept(filter, e);

        Assert.Equal(Some.Json(first), Some.Json(second));
        Assert.Equal(Some.Json(first), Some.Json(Some.Kept(Some.Filter(Some.Policy() with { ClipboardText = [new TextOptIn()] }), e)));
        Assert.Equal(2 * afterOne, filter.Stats.Detections["email"]);
    }

    [Fact]
    public void A_cleaned_text_is_remembered_as_its_own_fixed_point()
    {
        var cache = new CleanedTexts();
        cache.Add(1, "mail jane@example.com", new Cleaned("mail <email>", ["email"]));

        Assert.True(cache.TryGet(1, "mail <email>", out var fixedPoint));
        Assert.Equal("mail <email>", fixedPoint.Text);
        Assert.Empty(fixedPoint.Detections);
        Assert.False(cache.TryGet(2, "mail jane@example.com", out _));
    }

    [Fact]
    public void Long_texts_are_not_kept_and_the_cache_stays_bounded()
    {
        var cache = new CleanedTexts();
        var longText = new string('x', CleanedTexts.MaxLength + 1);
        cache.Add(0, longText, new Cleaned(longText, []));
        Assert.False(cache.TryGet(0, longText, out _));

        for (var i = 0; i < CleanedTexts.Capacity + 1000; i++)
            cache.Add(0, "text " + i, new Cleaned("text <num>", []));

        Assert.InRange(cache.Count, 1, CleanedTexts.Capacity + 1);
    }
}
