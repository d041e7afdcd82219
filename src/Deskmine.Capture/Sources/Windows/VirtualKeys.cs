using System.Globalization;
using Deskmine.Capture.Sources.Keys;

namespace Deskmine.Capture.Sources.Windows;

/// <summary>
/// Windows virtual-key codes in the OS-neutral terms of <see cref="KeyboardInterpreter"/>. Non-special keys get the
/// X keysym name of the same key (<c>a</c>, <c>Home</c>, <c>bracketleft</c>) so shortcuts read the same on both
/// desktops. Characters follow the US layout: the low-level hook carries no layout, and asking <c>ToUnicodeEx</c>
/// from inside the hook disturbs dead keys of the user's layout.
/// </summary>
internal static class VirtualKeys
{
    /// <summary>The neutral name of a virtual key.</summary>
    public static string Neutral(uint vk) => vk switch
    {
        0x10 or 0xA0 or 0xA1 => KeyNames.Shift,
        0x11 or 0xA2 or 0xA3 => KeyNames.Control,
        0x12 or 0xA4 or 0xA5 => KeyNames.Alt,
        0x5B or 0x5C => KeyNames.Super,
        0x14 or 0x90 or 0x91 => KeyNames.Lock,
        0x08 => KeyNames.Backspace,
        0x09 => KeyNames.Tab,
        0x0D => KeyNames.Enter,
        0x1B => KeyNames.Escape,
        0x2D => KeyNames.Insert,
        0x2E => KeyNames.Delete,
        0x21 => KeyNames.PageUp,
        0x22 => KeyNames.PageDown,
        0x23 => "End",
        0x24 => "Home",
        0x25 => "Left",
        0x26 => "Up",
        0x27 => "Right",
        0x28 => "Down",
        0x13 => "Pause",
        0x2C => "Print",
        0x5D => "Menu",
        0x20 => "space",
        >= 0x30 and <= 0x39 => ((char)vk).ToString(),
        >= 0x41 and <= 0x5A => ((char)(vk + 0x20)).ToString(),
        >= 0x60 and <= 0x69 => string.Create(CultureInfo.InvariantCulture, $"KP_{vk - 0x60}"),
        0x6A => "KP_Multiply",
        0x6B => "KP_Add",
        0x6D => "KP_Subtract",
        0x6E => "KP_Decimal",
        0x6F => "KP_Divide",
        >= 0x70 and <= 0x87 => string.Create(CultureInfo.InvariantCulture, $"F{vk - 0x6F}"),
        0xBA => "semicolon",
        0xBB => "equal",
        0xBC => "comma",
        0xBD => "minus",
        0xBE => "period",
        0xBF => "slash",
        0xC0 => "grave",
        0xDB => "bracketleft",
        0xDC => "backslash",
        0xDD => "bracketright",
        0xDE => "apostrophe",
        _ => string.Create(CultureInfo.InvariantCulture, $"vk_{vk:x2}"),
    };

    private const string ShiftedDigits = ")!@#$%^&*(";

    /// <summary>The character a virtual key types on the US layout with <paramref name="shift"/> and
    /// <paramref name="capsLock"/> as given, or null for keys that type nothing.</summary>
    public static char? Printable(uint vk, bool shift, bool capsLock) => vk switch
    {
        0x20 => ' ',
        >= 0x30 and <= 0x39 => shift ? ShiftedDigits[(int)(vk - 0x30)] : (char)vk,
        >= 0x41 and <= 0x5A => shift != capsLock ? (char)vk : (char)(vk + 0x20),
        >= 0x60 and <= 0x69 => (char)('0' + (vk - 0x60)),
        0x6A => '*',
        0x6B => '+',
        0x6D => '-',
        0x6E => '.',
        0x6F => '/',
        0xBA => shift ? ':' : ';',
        0xBB => shift ? '+' : '=',
        0xBC => shift ? '<' : ',',
        0xBD => shift ? '_' : '-',
        0xBE => shift ? '>' : '.',
        0xBF => shift ? '?' : '/',
        0xC0 => shift ? '~' : '`',
        0xDB => shift ? '{' : '[',
        0xDC => shift ? '|' : '\\',
        0xDD => shift ? '}' : ']',
        0xDE => shift ? '"' : '\'',
        _ => null,
    };
}
