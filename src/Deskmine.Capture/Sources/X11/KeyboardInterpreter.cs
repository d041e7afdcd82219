using System.Globalization;
using System.Text;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Sources.X11;

/// <summary>
/// Turns key presses into actions, never into a keystroke log: printable keys accumulate into one
/// <c>text_input</c> per field (ended by a special key, a shortcut, a click, another field or a pause);
/// keys pressed with ctrl, alt or super become <c>key_shortcut</c> (<c>ctrl+c</c>); Enter, Tab, Esc, Delete, page
/// keys and F-keys become <c>key_special</c>. Not thread-safe: one interpreter per recording thread.
/// </summary>
/// <remarks>
/// Timeline of a burst (pause 2 s):
/// <code>
/// h e l l o ⌫ ! . . . . (2 s) → text_input chars=6 corrections=1 text="hell!" duration=first..last key
/// ctrl+s                       → (flush burst) key_shortcut "ctrl+s"
/// </code>
/// </remarks>
internal sealed class KeyboardInterpreter(TimeSpan typingPause)
{
    private readonly long _pauseMicros = (long)typingPause.TotalMicroseconds;
    private readonly StringBuilder _text = new();
    private bool _ctrl, _alt, _super, _shift;
    private long _burstStart, _burstLast;
    private int _chars, _corrections;
    private nuint _field;

    /// <summary>Whether shift is held (the caller picks the keysym level with it).</summary>
    public bool Shift => _shift;

    /// <summary>Time of the last key of an open burst, or null.</summary>
    public long? OpenBurstLast => _chars > 0 || _corrections > 0 ? _burstLast : null;

    /// <summary>A key was pressed. <paramref name="keysymName"/> is the X keysym name of the key at its
    /// base level (for shortcut names); <paramref name="printable"/> the character it types at the current
    /// level, if any.</summary>
    public IEnumerable<KeyAction> Press(long ts, string keysymName, char? printable, nuint field)
    {
        var actions = new List<KeyAction>(2);
        if (SetModifier(keysymName, true))
            return actions;
        if (OpenBurstLast is { } last && (field != _field || ts - last > _pauseMicros))
            AddFlush(actions);

        if (_ctrl || _alt || _super)
        {
            AddFlush(actions);
            actions.Add(new KeyAction(EventKinds.KeyShortcut, ts, null, ShortcutName(keysymName), 0, 0, field));
        }
        else if (SpecialName(keysymName) is { } special)
        {
            AddFlush(actions);
            actions.Add(new KeyAction(EventKinds.KeySpecial, ts, null, special, 0, 0, field));
        }
        else if (keysymName == "BackSpace")
        {
            if (OpenBurstLast is not null && field == _field)
            {
                _corrections++;
                _burstLast = ts;
                if (_text.Length > 0)
                    _text.Length--;
            }
        }
        else if (printable is { } c)
        {
            if (OpenBurstLast is null)
            {
                _burstStart = ts;
                _field = field;
            }
            _burstLast = ts;
            _chars++;
            _text.Append(c);
        }
        return actions;
    }

    /// <summary>A key was released (only modifiers matter).</summary>
    public void Release(string keysymName) => SetModifier(keysymName, false);

    /// <summary>Ends the open burst if it paused longer than the typing pause before <paramref name="now"/>.</summary>
    public KeyAction? FlushIfPaused(long now) =>
        OpenBurstLast is { } last && now - last > _pauseMicros ? Flush() : null;

    /// <summary>Ends the open burst (a click, focus change or stop), if any.</summary>
    public KeyAction? Flush()
    {
        if (OpenBurstLast is null)
            return null;
        var action = new KeyAction(EventKinds.TextInput, _burstStart, _burstLast - _burstStart, _text.ToString(), _chars, _corrections, _field);
        _text.Clear();
        _chars = 0;
        _corrections = 0;
        return action;
    }

    private void AddFlush(List<KeyAction> actions)
    {
        if (Flush() is { } f)
            actions.Add(f);
    }

    private bool SetModifier(string name, bool down)
    {
        switch (name)
        {
            case "Control_L" or "Control_R":
                _ctrl = down;
                return true;
            case "Alt_L" or "Alt_R" or "Meta_L" or "Meta_R":
                _alt = down;
                return true;
            case "Super_L" or "Super_R" or "Hyper_L" or "Hyper_R":
                _super = down;
                return true;
            case "Shift_L" or "Shift_R":
                _shift = down;
                return true;
            case "ISO_Level3_Shift" or "Mode_switch" or "Caps_Lock" or "Num_Lock":
                return true;
            default:
                return false;
        }
    }

    private string ShortcutName(string keysymName)
    {
        var sb = new StringBuilder();
        if (_ctrl)
            sb.Append("ctrl+");
        if (_alt)
            sb.Append("alt+");
        if (_shift)
            sb.Append("shift+");
        if (_super)
            sb.Append("super+");
        sb.Append(SpecialName(keysymName)?.ToLowerInvariant() ?? keysymName.ToLowerInvariant());
        return sb.ToString();
    }

    /// <summary>The schema's name of a special key, or null for other keys.</summary>
    internal static string? SpecialName(string keysymName) => keysymName switch
    {
        "Return" or "KP_Enter" => "Enter",
        "Tab" or "ISO_Left_Tab" => "Tab",
        "Escape" => "Esc",
        "Delete" or "KP_Delete" => "Delete",
        "Insert" => "Insert",
        "Prior" or "Page_Up" => "PageUp",
        "Next" or "Page_Down" => "PageDown",
        _ when keysymName.Length is 2 or 3 && keysymName[0] == 'F'
            && int.TryParse(keysymName.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 24 => keysymName,
        _ => null,
    };

    /// <summary>The character a keysym types: Latin-1 keysyms are their code point, Unicode keysyms are
    /// 0x01000000 + code point, keypad digits are digits.</summary>
    internal static char? Printable(nuint keysym) => keysym switch
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
