using System.Globalization;
using Deskmine.Capture.Sources.Keys;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Sources.Windows;

/// <summary>
/// Turns raw Windows hook and WinEvent records into schema-v1 events, with no OS calls: everything the Windows
/// source decides is here and testable anywhere. The rules are the X11 source's: a click per button press (the
/// release only marks activity), a double click for a second left press within the double-click time and distance,
/// one scroll per burst and direction, keyboard actions from <see cref="KeyboardInterpreter"/>, an
/// <c>app_switch</c> per foreground or title change, <c>idle</c> for gaps in input. Windows has no paste
/// notification, so <c>ctrl+v</c> and <c>shift+insert</c> also give a <c>paste</c> of the last copied content.
/// Not thread-safe: one mapper on the source's interpreter thread.
/// </summary>
internal sealed class WindowsEventMapper
{
    private const string SourceName = "windows";

    private readonly WindowsSourceOptions _options;
    private readonly TickClock _clock;
    private readonly KeyboardInterpreter _keys;
    private ForegroundChange? _foreground;
    private nuint _field;
    private long _lastActivity;
    private (long Ts, int X, int Y)? _lastLeftPress;
    private (long Ts, string Direction)? _lastScroll;
    private string? _clipText;

    /// <summary>Creates a mapper; <paramref name="startTick"/> is the last input before recording (idle counts
    /// from there).</summary>
    public WindowsEventMapper(WindowsSourceOptions options, TickClock clock, uint startTick)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validate();
        _clock = clock;
        _keys = new KeyboardInterpreter(options.TypingPause);
        _lastActivity = clock.ToMicros(startTick);
    }

    /// <summary>Caps lock state (the source reads it once at start; the mapper follows presses of the key).</summary>
    public bool CapsLock { get; set; }

    /// <summary>A mouse hook record, with the UIA element under the pointer for button presses when known.</summary>
    public IReadOnlyList<UiEvent> Mouse(LowLevelMouse m, UiaElement? element = null)
    {
        var ts = _clock.ToMicros(m.Time);
        var events = new List<UiEvent>(3);
        Activity(ts, events);
        switch (m.Msg)
        {
            case WindowsMessages.LeftButtonDown or WindowsMessages.RightButtonDown or WindowsMessages.MiddleButtonDown:
                FlushKeys(events);
                events.Add(Click(m, ts, element));
                break;
            case WindowsMessages.MouseWheel or WindowsMessages.MouseHorizontalWheel when m.WheelDelta != 0:
                FlushKeys(events);
                var direction = m.Msg == WindowsMessages.MouseWheel ? (m.WheelDelta > 0 ? "up" : "down") : (m.WheelDelta > 0 ? "right" : "left");
                var sameBurst = _lastScroll is { } s && s.Direction == direction && ts - s.Ts < 1_000_000;
                _lastScroll = (ts, direction);
                if (!sameBurst)
                {
                    var attrs = WindowAttrs();
                    attrs["direction"] = direction;
                    events.Add(Make(EventKinds.Scroll, ts, attrs) with { X = m.X, Y = m.Y });
                }
                break;
            default:
                break;
        }
        return events;
    }

    private UiEvent Click(LowLevelMouse m, long ts, UiaElement? element)
    {
        var kind = m.Msg == WindowsMessages.RightButtonDown ? EventKinds.RightClick : EventKinds.Click;
        if (m.Msg == WindowsMessages.LeftButtonDown)
        {
            if (_lastLeftPress is { } p && ts - p.Ts <= (long)_options.DoubleClickTime.TotalMicroseconds
                && Math.Abs(p.X - m.X) <= _options.DoubleClickDistance && Math.Abs(p.Y - m.Y) <= _options.DoubleClickDistance)
            {
                kind = EventKinds.DoubleClick;
                _lastLeftPress = null;
            }
            else
            {
                _lastLeftPress = (ts, m.X, m.Y);
            }
        }
        var attrs = WindowAttrs();
        if (m.Msg == WindowsMessages.MiddleButtonDown)
            attrs["button"] = "middle";
        var e = Make(kind, ts, attrs) with { X = m.X, Y = m.Y };
        if (element is null)
            return e;
        var role = UiaRoles.Role(element.ControlType, element.IsPassword);
        return e with
        {
            TargetRole = role,
            TargetName = element.Name,
            TargetId = string.IsNullOrEmpty(element.AutomationId) ? null : element.AutomationId,
        };
    }

    /// <summary>A keyboard hook record.</summary>
    public IReadOnlyList<UiEvent> Key(LowLevelKey k)
    {
        var ts = _clock.ToMicros(k.Time);
        var events = new List<UiEvent>(3);
        Activity(ts, events);
        var name = VirtualKeys.Neutral(k.Vk);
        if (k.Up)
        {
            _keys.Release(name);
            return events;
        }
        if (k.Vk == 0x14)
            CapsLock = !CapsLock;
        foreach (var action in _keys.Press(ts, name, VirtualKeys.Printable(k.Vk, _keys.Shift, CapsLock), _field))
        {
            events.Add(FromKey(action));
            if (action.Kind == EventKinds.KeyShortcut && action.Text is "ctrl+v" or "shift+insert")
                events.Add(Clipboard(EventKinds.Paste, ts, _clipText));
        }
        return events;
    }

    /// <summary>The keyboard focus moved to <paramref name="hwnd"/> (<c>EVENT_OBJECT_FOCUS</c>): typing there is
    /// another field.</summary>
    public void Focus(nuint hwnd) => _field = hwnd;

    /// <summary>The foreground window changed, or its title did: an <c>app_switch</c> with reason <c>focus</c> or
    /// <c>title</c>; nothing when neither changed. An open typing burst ends first, in the window it was typed in.</summary>
    public IReadOnlyList<UiEvent> Foreground(ForegroundChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var events = new List<UiEvent>(2);
        string reason;
        if (_foreground is { } current && current.Hwnd == change.Hwnd)
        {
            if (current.Title == change.Title)
                return events;
            reason = "title";
        }
        else
        {
            FlushKeys(events);
            _field = change.Hwnd;
            reason = "focus";
        }
        _foreground = change;
        var attrs = WindowAttrs();
        attrs["reason"] = reason;
        events.Add(Make(EventKinds.AppSwitch, _clock.ToMicros(change.Time), attrs));
        return events;
    }

    /// <summary>The clipboard changed (<c>WM_CLIPBOARDUPDATE</c>): a <c>copy</c> with its text, when it has text.</summary>
    public UiEvent Copy(uint tick, string? text)
    {
        _clipText = text;
        return Clipboard(EventKinds.Copy, _clock.ToMicros(tick), text);
    }

    /// <summary>Ends a typing burst that paused longer than the typing pause before <paramref name="tick"/>.</summary>
    public IReadOnlyList<UiEvent> Tick(uint tick) =>
        _keys.FlushIfPaused(_clock.ToMicros(tick)) is { } burst ? [FromKey(burst)] : [];

    /// <summary>Recording stops at <paramref name="tick"/>: the open burst and a running idle interval.</summary>
    public IReadOnlyList<UiEvent> Stop(uint tick)
    {
        var events = new List<UiEvent>(2);
        FlushKeys(events);
        var now = _clock.ToMicros(tick);
        if (now - _lastActivity >= (long)_options.IdleAfter.TotalMicroseconds)
            events.Add(Idle(_lastActivity, now - _lastActivity));
        return events;
    }

    private void Activity(long ts, List<UiEvent> events)
    {
        var gap = ts - _lastActivity;
        if (gap >= (long)_options.IdleAfter.TotalMicroseconds)
            events.Add(Idle(_lastActivity, gap));
        if (ts > _lastActivity)
            _lastActivity = ts;
    }

    private UiEvent Idle(long from, long length)
    {
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["state"] = length >= (long)_options.AwayAfter.TotalMicroseconds ? "away" : "idle",
        };
        return Make(EventKinds.Idle, from, attrs, withWindow: false) with { Duration = length };
    }

    private void FlushKeys(List<UiEvent> events)
    {
        if (_keys.Flush() is { } burst)
            events.Add(FromKey(burst));
    }

    private UiEvent FromKey(KeyAction action)
    {
        var attrs = WindowAttrs();
        if (action.Kind == EventKinds.TextInput)
        {
            attrs["chars"] = action.Chars.ToString(CultureInfo.InvariantCulture);
            if (action.Corrections > 0)
                attrs["corrections"] = action.Corrections.ToString(CultureInfo.InvariantCulture);
        }
        return Make(action.Kind, action.Ts, attrs) with { Duration = action.Duration, Value = action.Text };
    }

    private UiEvent Clipboard(string kind, long ts, string? text)
    {
        var attrs = WindowAttrs();
        if (text is not null)
            attrs["chars"] = text.Length.ToString(CultureInfo.InvariantCulture);
        return Make(kind, ts, attrs) with { Value = text };
    }

    private Dictionary<string, string> WindowAttrs()
    {
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_foreground?.ClassName is { Length: > 0 } cls)
            attrs["window_class"] = cls;
        return attrs;
    }

    private UiEvent Make(string kind, long ts, Dictionary<string, string> attrs, bool withWindow = true) => new()
    {
        Id = Guid.CreateVersion7(Timestamps.FromMicros(ts)),
        Source = SourceName,
        Kind = kind,
        Ts = ts,
        App = withWindow ? ProcessName(_foreground?.ProcessName) : null,
        Window = withWindow ? _foreground?.Title : null,
        Attrs = attrs,
    };

    /// <summary>The process name as the X11 source writes it (<c>/proc/PID/comm</c> style): lower case, without
    /// <c>.exe</c>, so <c>WINWORD.EXE</c> and <c>winword</c> are one application.</summary>
    internal static string? ProcessName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var trimmed = name.Trim();
        if (trimmed.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed[..^4];
        return trimmed.ToLowerInvariant();
    }
}
