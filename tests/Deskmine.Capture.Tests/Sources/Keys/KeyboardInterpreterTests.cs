using Deskmine.Capture.Sources.Keys;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Sources.Keys;

public sealed class KeyboardInterpreterTests
{
    private static readonly nuint FieldA = 1, FieldB = 2;

    private static List<KeyAction> Type(KeyboardInterpreter k, long ts, string text, nuint field)
    {
        var actions = new List<KeyAction>();
        foreach (var c in text)
            actions.AddRange(k.Press(ts += 100_000, c.ToString(), c, field));
        return actions;
    }

    [Fact]
    public void Printable_keys_merge_into_one_text_input_with_count_and_corrections()
    {
        var k = new KeyboardInterpreter(TimeSpan.FromSeconds(2));
        Assert.Empty(Type(k, 0, "hello", FieldA));
        Assert.Empty(k.Press(600_000, KeyNames.Backspace, null, FieldA));
        Assert.Empty(Type(k, 600_000, "!", FieldA));
        var burst = k.Flush();
        Assert.NotNull(burst);
        Assert.Equal(EventKinds.TextInput, burst.Kind);
        Assert.Equal(("hell!", 6, 1), (burst.Text, burst.Chars, burst.Corrections));
        Assert.Equal((100_000L, 600_000L), (burst.Ts, burst.Duration!.Value));
        Assert.Null(k.Flush());
    }

    [Fact]
    public void A_shortcut_ends_the_burst_and_is_named_with_its_modifiers()
    {
        var k = new KeyboardInterpreter(TimeSpan.FromSeconds(2));
        Type(k, 0, "ab", FieldA);
        Assert.Empty(k.Press(300_000, KeyNames.Control, null, FieldA));
        Assert.Empty(k.Press(310_000, KeyNames.Shift, null, FieldA));
        var actions = k.Press(320_000, "s", 'S', FieldA).ToList();
        Assert.Equal([EventKinds.TextInput, EventKinds.KeyShortcut], actions.Select(a => a.Kind));
        Assert.Equal("ctrl+shift+s", actions[1].Text);
        k.Release(KeyNames.Control);
        k.Release(KeyNames.Shift);
        Assert.Empty(k.Press(400_000, "x", 'x', FieldA));
    }

    [Theory]
    [InlineData(KeyNames.Enter)]
    [InlineData(KeyNames.Tab)]
    [InlineData(KeyNames.Escape)]
    [InlineData("F5")]
    [InlineData(KeyNames.PageDown)]
    public void Special_keys_become_key_special_with_their_schema_names(string key)
    {
        var k = new KeyboardInterpreter(TimeSpan.FromSeconds(2));
        var action = Assert.Single(k.Press(1, key, null, FieldA));
        Assert.Equal((EventKinds.KeySpecial, key), (action.Kind, action.Text));
    }

    [Fact]
    public void Another_field_or_a_pause_starts_a_new_burst()
    {
        var k = new KeyboardInterpreter(TimeSpan.FromSeconds(2));
        Type(k, 0, "abc", FieldA);
        var first = Assert.Single(Type(k, 400_000, "de", FieldB));
        Assert.Equal(("abc", FieldA), (first.Text, first.Field));
        Assert.Null(k.FlushIfPaused(1_000_000));
        var second = k.FlushIfPaused(4_000_000);
        Assert.Equal(("de", FieldB), (second!.Text, second.Field));
    }
}
