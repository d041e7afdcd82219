using Deskmine.Capture.Sources.Keys;
using Deskmine.Capture.Sources.Windows;
using Deskmine.Capture.Sources.X11;

namespace Deskmine.Capture.Tests.Sources.Windows;

public sealed class VirtualKeysTests
{
    [Theory]
    [InlineData(0x41u, "a", "a")]
    [InlineData(0x0Du, "Return", KeyNames.Enter)]
    [InlineData(0x1Bu, "Escape", KeyNames.Escape)]
    [InlineData(0x22u, "Next", KeyNames.PageDown)]
    [InlineData(0xA3u, "Control_R", KeyNames.Control)]
    [InlineData(0x5Bu, "Super_L", KeyNames.Super)]
    [InlineData(0x14u, "Caps_Lock", KeyNames.Lock)]
    [InlineData(0x24u, "Home", "Home")]
    [InlineData(0xDBu, "bracketleft", "bracketleft")]
    [InlineData(0x70u, "F1", "F1")]
    public void A_virtual_key_and_the_x_keysym_of_the_same_key_have_one_neutral_name(uint vk, string keysym, string neutral)
    {
        Assert.Equal(neutral, VirtualKeys.Neutral(vk));
        Assert.Equal(neutral, X11Keys.Neutral(keysym));
    }

    [Theory]
    [InlineData(0x41u, false, false, 'a')]
    [InlineData(0x41u, true, false, 'A')]
    [InlineData(0x41u, false, true, 'A')]
    [InlineData(0x41u, true, true, 'a')]
    [InlineData(0x32u, true, false, '@')]
    [InlineData(0x32u, false, true, '2')]
    [InlineData(0x67u, false, false, '7')]
    [InlineData(0xBEu, false, false, '.')]
    [InlineData(0xDEu, true, false, '"')]
    public void Virtual_keys_type_us_layout_characters(uint vk, bool shift, bool caps, char expected) =>
        Assert.Equal(expected, VirtualKeys.Printable(vk, shift, caps));

    [Fact]
    public void Function_and_modifier_keys_type_nothing()
    {
        Assert.Null(VirtualKeys.Printable(0x70, false, false));
        Assert.Null(VirtualKeys.Printable(0xA0, true, false));
    }
}
