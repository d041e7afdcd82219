using Deskmine.Capture.Sources.Keys;

namespace Deskmine.Capture.Sources.X11;

/// <summary>X keysyms in the OS-neutral terms of <see cref="KeyboardInterpreter"/>.</summary>
internal static class X11Keys
{
    /// <summary>The neutral name (<see cref="KeyNames"/>) of a key from its X keysym name at base level.</summary>
    public static string Neutral(string keysymName) => keysymName switch
    {
        "Control_L" or "Control_R" => KeyNames.Control,
        "Alt_L" or "Alt_R" or "Meta_L" or "Meta_R" => KeyNames.Alt,
        "Super_L" or "Super_R" or "Hyper_L" or "Hyper_R" => KeyNames.Super,
        "Shift_L" or "Shift_R" => KeyNames.Shift,
        "ISO_Level3_Shift" or "Mode_switch" or "Caps_Lock" or "Num_Lock" => KeyNames.Lock,
        "BackSpace" => KeyNames.Backspace,
        "Return" or "KP_Enter" => KeyNames.Enter,
        "Tab" or "ISO_Left_Tab" => KeyNames.Tab,
        "Escape" => KeyNames.Escape,
        "Delete" or "KP_Delete" => KeyNames.Delete,
        "Insert" => KeyNames.Insert,
        "Prior" or "Page_Up" => KeyNames.PageUp,
        "Next" or "Page_Down" => KeyNames.PageDown,
        _ => keysymName,
    };

    /// <summary>The character a keysym types: Latin-1 keysyms are their code point, Unicode keysyms are
    /// 0x01000000 + code point, keypad digits are digits.</summary>
    public static char? Printable(nuint keysym) => keysym switch
    {
        >= 0x20 and <= 0x7e or >= 0xa0 and <= 0xff => (char)keysym,
        >= 0x01000100 and <= 0x0100ffff => (char)(keysym - 0x01000000),
        >= 0xffb0 and <= 0xffb9 => (char)('0' + (keysym - 0xffb0)),
        0xffaa => '*',
        0xffab => '+',
        0xffad => '-',
        0xffae => '.',
        0xffaf => '/',
        _ => null,
    };
}
