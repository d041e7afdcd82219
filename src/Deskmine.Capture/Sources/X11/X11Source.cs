using System.Globalization;
using System.Runtime.InteropServices;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Sources.Keys;
using Deskmine.Capture.Spool;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Sources.X11;

/// <summary>
/// The X11 desktop source: clicks with window and accessible element, keyboard actions, active-window and title
/// changes, clipboard copy and paste, idle intervals. Three threads, each with its own X connection:
/// the RECORD thread (<see cref="X11InputRecorder"/>) only copies inputs; the interpreter thread turns them into
/// actions and looks windows and elements up; the watcher thread follows the active window and the clipboard.
/// </summary>
public sealed partial class X11Source : IEventSource
{
    private readonly X11SourceOptions _options;
    private readonly TimeProvider _time;
    private readonly KeyboardInterpreter _keys;
    private readonly CancellationTokenSource _stop = new();
    private IEventSink _sink = NullSink.Instance;
    private X11InputRecorder? _recorder;
    private X11Windows? _windows;
    private AtSpiClient? _atSpi;
    private Thread? _interpreter;
    private volatile WindowInfo? _active;
    private long _lastActivity;
    private (long Ts, int X, int Y)? _lastLeftPress;
    private (long Ts, int Button, nuint Window)? _lastScroll;
    private int _disposed;

    /// <summary>Creates the source; <see cref="Start"/> connects to the display.</summary>
    public X11Source(X11SourceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Validate();
        _time = time;
        _keys = new KeyboardInterpreter(options.TypingPause);
    }

    /// <inheritdoc/>
    public string Name => "x11";

    /// <summary>Whether clicks get element details from AT-SPI (known after <see cref="Start"/>).</summary>
    public bool HasAccessibility => _atSpi is not null;

    /// <inheritdoc/>
    public void Start(IEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!OperatingSystem.IsLinux())
            throw new InvalidOperationException("the X11 source runs on Linux only");
        _sink = sink;
        try
        {
            _windows = new X11Windows(_options.Display);
        }
        catch (DllNotFoundException ex)
        {
            throw new InvalidOperationException("libX11 is not installed", ex);
        }
        if (_options.UseAccessibility)
        {
            _atSpi = AtSpiClient.TryConnectAsync(TimeSpan.FromSeconds(2)).GetAwaiter().GetResult();
            // The first walk of the registry starts the registry daemon and fills the process-id cache: do it now,
            // not during the first click.
            Guard(() => _atSpi?.ElementAtAsync(-1, -1, -1).WaitAsync(TimeSpan.FromSeconds(2)).GetAwaiter().GetResult());
        }
        _lastActivity = Now();
        StartWatcher();
        _recorder = new X11InputRecorder(_options.Display, _time);
        _interpreter = new Thread(Interpret) { IsBackground = true, Name = "x11-interpret" };
        _interpreter.Start();
    }

    private long Now() => Timestamps.ToMicros(_time.GetUtcNow());

    private void Interpret()
    {
        var reader = _recorder!.Inputs;
        while (!_stop.IsCancellationRequested)
        {
            while (reader.TryRead(out var raw))
                Guard(() => Handle(raw));
            Guard(() =>
            {
                if (_keys.FlushIfPaused(Now()) is { } burst)
                    EmitKey(burst);
            });
            if (reader.Completion.IsCompleted)
                break;
            // Sleep until the next input, the stop, or an open typing burst's end: no periodic wake-up.
            var timeout = Timeout.Infinite;
            if (_keys.OpenBurstLast is { } last)
                timeout = (int)Math.Clamp((last + (long)_options.TypingPause.TotalMicroseconds - Now()) / 1000 + 1, 1, int.MaxValue);
            WaitHandle.WaitAny([_recorder.Available, _stop.Token.WaitHandle], timeout);
        }
        while (reader.TryRead(out var rest))
            Guard(() => Handle(rest));
    }

    // The recorder keeps running whatever one event does; failures are counted, not thrown.
    private void Guard(Action action)
    {
        try
        {
            action();
        }
#pragma warning disable CA1031 // A capture source must keep running: count and go on.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failures);
        }
    }

    private long _failures;

    /// <summary>Inputs that could not be interpreted (counted, not fatal).</summary>
    public long Failures => Interlocked.Read(ref _failures);

    private void Handle(RawInput raw)
    {
        if (raw.Kind == RawInputKind.SelectionRequest)
        {
            QueuePaste(raw);
            return;
        }
        var gap = raw.Ts - _lastActivity;
        if (gap >= (long)_options.IdleAfter.TotalMicroseconds)
            EmitIdle(_lastActivity, gap);
        _lastActivity = raw.Ts;
        switch (raw.Kind)
        {
            case RawInputKind.KeyPress:
                OnKey(raw);
                break;
            case RawInputKind.KeyRelease:
                _keys.Release(X11Keys.Neutral(KeysymName(raw.Detail, 0)));
                break;
            case RawInputKind.ButtonPress:
                OnButton(raw);
                break;
            default:
                break;
        }
    }

    private void OnKey(RawInput raw)
    {
        var baseName = X11Keys.Neutral(KeysymName(raw.Detail, 0));
        var levelSym = X11Native.XkbKeycodeToKeysym(_windows!.Display, raw.Detail, 0, _keys.Shift ? 1 : 0);
        var field = _active?.Id ?? 0;
        foreach (var action in _keys.Press(raw.Ts, baseName, X11Keys.Printable(levelSym), field))
            EmitKey(action);
    }

    private string KeysymName(byte keycode, int level)
    {
        var sym = X11Native.XkbKeycodeToKeysym(_windows!.Display, keycode, 0, level);
        var name = sym == 0 ? 0 : X11Native.XKeysymToString(sym);
        return name == 0 ? "" : Marshal.PtrToStringUTF8(name) ?? "";
    }

    private void EmitKey(KeyAction action)
    {
        var window = _active is { } a && a.Id == action.Field ? a : _windows!.Describe(action.Field);
        var attrs = WindowAttrs(window);
        if (action.Kind == EventKinds.TextInput)
        {
            attrs["chars"] = action.Chars.ToString(CultureInfo.InvariantCulture);
            if (action.Corrections > 0)
                attrs["corrections"] = action.Corrections.ToString(CultureInfo.InvariantCulture);
        }
        _sink.Write(Make(action.Kind, action.Ts, window, attrs) with { Duration = action.Duration, Value = action.Text });
    }

    private void OnButton(RawInput raw)
    {
        if (_keys.Flush() is { } burst)
            EmitKey(burst);
        int x = raw.X, y = raw.Y;
        var windowId = _windows!.ClientAt(x, y);
        if (raw.Detail is >= 4 and <= 7)
        {
            // One scroll event per burst in one direction and window, not one per wheel notch.
            if (_lastScroll is { } s && s.Button == raw.Detail && s.Window == windowId && raw.Ts - s.Ts < 1_000_000)
            {
                _lastScroll = (raw.Ts, raw.Detail, windowId);
                return;
            }
            _lastScroll = (raw.Ts, raw.Detail, windowId);
            var scrollWindow = _windows.Describe(windowId);
            var scrollAttrs = WindowAttrs(scrollWindow);
            scrollAttrs["direction"] = raw.Detail switch { 4 => "up", 5 => "down", 6 => "left", _ => "right" };
            _sink.Write(Make(EventKinds.Scroll, raw.Ts, scrollWindow, scrollAttrs) with { X = x, Y = y });
            return;
        }
        var kind = raw.Detail switch { 3 => EventKinds.RightClick, _ => EventKinds.Click };
        if (raw.Detail == 1)
        {
            if (_lastLeftPress is { } p && raw.Ts - p.Ts <= (long)_options.DoubleClickTime.TotalMicroseconds
                && Math.Abs(p.X - x) <= _options.DoubleClickDistance && Math.Abs(p.Y - y) <= _options.DoubleClickDistance)
            {
                kind = EventKinds.DoubleClick;
                _lastLeftPress = null;
            }
            else
            {
                _lastLeftPress = (raw.Ts, x, y);
            }
        }
        var window = _windows.Describe(windowId);
        var attrs = WindowAttrs(window);
        if (raw.Detail == 2)
            attrs["button"] = "middle";
        var e = Make(kind, raw.Ts, window, attrs) with { X = x, Y = y };
        if (_atSpi is not null && window is not null)
        {
            try
            {
                var element = _atSpi.ElementAtAsync(window.Pid, x, y).WaitAsync(_options.AccessibilityTimeout).GetAwaiter().GetResult();
                if (element is not null)
                    e = e with { TargetRole = element.Role, TargetName = element.Name, TargetPath = element.Path };
            }
            catch (Exception ex) when (AtSpiClient.IsBusFailure(ex))
            {
                attrs["a11y"] = ex is TimeoutException ? "timeout" : "error";
            }
        }
        _sink.Write(e);
    }

    private void EmitIdle(long from, long length)
    {
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["state"] = length >= (long)_options.AwayAfter.TotalMicroseconds ? "away" : "idle",
        };
        _sink.Write(Make(EventKinds.Idle, from, null, attrs) with { Duration = length });
    }

    private static Dictionary<string, string> WindowAttrs(WindowInfo? window)
    {
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (window?.WmClass is { } cls)
            attrs["wm_class"] = cls;
        return attrs;
    }

    private static UiEvent Make(string kind, long ts, WindowInfo? window, Dictionary<string, string> attrs) => new()
    {
        Id = Guid.CreateVersion7(Timestamps.FromMicros(ts)),
        Source = "x11",
        Kind = kind,
        Ts = ts,
        App = window?.Process,
        Window = window?.Title,
        Attrs = attrs,
    };

    /// <summary>Stops recording and writes what is still pending (an open typing burst, a running idle interval).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _recorder?.Dispose();
        _stop.Cancel();
        _interpreter?.Join(TimeSpan.FromSeconds(3));
        StopWatcher();
        if (_windows is not null)
        {
            Guard(() =>
            {
                if (_keys.Flush() is { } burst)
                    EmitKey(burst);
                var gap = Now() - _lastActivity;
                if (gap >= (long)_options.IdleAfter.TotalMicroseconds)
                    EmitIdle(_lastActivity, gap);
            });
            _windows.Dispose();
        }
        _atSpi?.Dispose();
        _stop.Dispose();
    }
}
