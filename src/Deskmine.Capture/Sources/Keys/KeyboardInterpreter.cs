using System.Globalization;
using System.Text;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Sources.Keys;

/// <summary>
/// Turns key presses into actions, never into a keystroke log: printable keys accumulate into one
/// <c>text_input</c> per field (ended by a special key, a shortcut, a click, another field or a pause);
/// keys pressed with ctrl, alt or super become <c>key_shortcut</c> (<c>ctrl+c</c>); Enter, Tab, Esc, Delete, page
/// keys and F-keys become <c>key_special</c>. Not thread-safe: one interpreter per recording thread.
/// OS-neutral: each source names its keys in the vocabulary of <see cref="KeyNames"/> (X11 from keysym names,
/// Windows from virtual-key codes), so the same keys give the same actions on both desktops.
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

    /// <summary>Whether shift is held (the caller picks the character the key types with it).</summary>
    public bool Shift => _shift;

    /// <summary>Time of the last key of an open burst, or null.</summary>
    public long? OpenBurstLast => _chars > 0 || _corrections > 0 ? _burstLast : null;

    /// <summary>A key was pressed. <paramref name="keyName"/> is the key's neutral name (<see cref="KeyNames"/>;
    /// used for shortcut names); <paramref name="printable"/> the character it types with the current modifiers,
    /// if any.</summary>
    public IEnumerable<KeyAction> Press(long ts, string keyName, char? printable, nuint field)
    {
        var actions = new List<KeyAction>(2);
        if (SetModifier(keyName, true))
            return actions;
        if (OpenBurstLast is { } last && (field != _field || ts - last > _pauseMicros))
            AddFlush(actions);

        if (_ctrl || _alt || _super)
        {
            AddFlush(actions);
            actions.Add(new KeyAction(EventKinds.KeyShortcut, ts, null, ShortcutName(keyName), 0, 0, field));
        }
        else if (SpecialName(keyName) is { } special)
        {
            AddFlush(actions);
            actions.Add(new KeyAction(EventKinds.KeySpecial, ts, null, special, 0, 0, field));
        }
        else if (keyName == KeyNames.Backspace)
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
    public void Release(string keyName) => SetModifier(keyName, false);

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
            case KeyNames.Control:
                _ctrl = down;
                return true;
            case KeyNames.Alt:
                _alt = down;
                return true;
            case KeyNames.Super:
                _super = down;
                return true;
            case KeyNames.Shift:
                _shift = down;
                return true;
            case KeyNames.Lock:
                return true;
            default:
                return false;
        }
    }

    private string ShortcutName(string keyName)
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
        sb.Append(SpecialName(keyName)?.ToLowerInvariant() ?? keyName.ToLowerInvariant());
        return sb.ToString();
    }

    /// <summary>The schema's name of a special key (the neutral names of Enter, Tab, Esc, Delete, Insert, PageUp,
    /// PageDown, F1–F24 are already the schema's), or null for other keys.</summary>
    internal static string? SpecialName(string keyName) => keyName switch
    {
        KeyNames.Enter or KeyNames.Tab or KeyNames.Escape or KeyNames.Delete or KeyNames.Insert
            or KeyNames.PageUp or KeyNames.PageDown => keyName,
        _ when keyName.Length is 2 or 3 && keyName[0] == 'F'
            && int.TryParse(keyName.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 24 => keyName,
        _ => null,
    };
}
