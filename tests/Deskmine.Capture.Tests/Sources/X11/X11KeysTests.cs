using Deskmine.Capture.Sources.Keys;
using Deskmine.Capture.Sources.X11;

namespace Deskmine.Capture.Tests.Sources.X11;

public sealed class X11KeysTests
{
    [Theory]
    [InlineData("Return", KeyNames.Enter)]
    [InlineData("KP_Enter", KeyNames.Enter)]
    [InlineData("Tab", KeyNames.Tab)]
    [InlineData("Escape", KeyNames.Escape)]
    [InlineData("Next", KeyNames.PageDown)]
    [InlineData("Control_R", KeyNames.Control)]
    [InlineData("ISO_Level3_Shift", KeyNames.Lock)]
    [InlineData("BackSpace", KeyNames.Backspace)]
    [InlineData("F5", "F5")]
    [InlineData("Home", "Home")]
    public void Keysym_names_map_to_neutral_key_names(string keysym, string expected) =>
        Assert.Equal(expected, X11Keys.Neutral(keysym));

    [Theory]
    [InlineData(0x61u, 'a')]
    [InlineData(0x20u, ' ')]
    [InlineData(0xe9u, 'é')]
    [InlineData(0x010020acu, '€')]
    [InlineData(0xffb7u, '7')]
    public void Keysyms_map_to_the_characters_they_type(uint keysym, char expected) =>
        Assert.Equal(expected, X11Keys.Printable(keysym));

    [Fact]
    public void Function_and_modifier_keysyms_type_nothing() =>
        Assert.Null(X11Keys.Printable(0xffe3));
}
