using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Threading.Channels;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Spool;
using Deskmine.Core;
using Deskmine.Core.Events;
using static Deskmine.Capture.Sources.Windows.WindowsNative;

namespace Deskmine.Capture.Sources.Windows;

/// <summary>
/// The Windows desktop source: low-level mouse and keyboard hooks, WinEvents for the foreground window, its title
/// and the keyboard focus, a clipboard listener, all on one message-loop thread; a second thread turns the copied
/// records into events with <see cref="WindowsEventMapper"/>. Hook callbacks only copy (Windows drops hooks that
/// answer slowly). One instance per process: the hook callbacks are static and reach it through a static field.
/// Built and unit-tested on Linux (the mapping); it has not run on Windows yet — see <c>docs/agent.md</c>.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed unsafe class WindowsSource : IEventSource
{
    private const string WindowClassName = "DeskmineClipboardListener";
    private static WindowsSource? s_current;

    private readonly WindowsSourceOptions _options;
    private readonly TimeProvider _time;
    private readonly Channel<Func<WindowsEventMapper, IReadOnlyList<UiEvent>>> _records =
        Channel.CreateUnbounded<Func<WindowsEventMapper, IReadOnlyList<UiEvent>>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ManualResetEventSlim _loopReady = new();
    private IEventSink _sink = NullSink.Instance;
    private WindowsEventMapper? _mapper;
    private Thread? _loop, _interpreter;
    private uint _loopThreadId;
    private nint _window;
    private string? _startError;
    private uint _lastMove;
    private long _failures;
    private int _disposed;

    /// <summary>Creates the source; <see cref="Start"/> installs the hooks.</summary>
    public WindowsSource(WindowsSourceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Validate();
        _time = time;
    }

    /// <inheritdoc/>
    public string Name => "windows";

    /// <summary>Records that could not be interpreted (counted, not fatal).</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <inheritdoc/>
    public void Start(IEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!OperatingSystem.IsWindows())
            throw new InvalidOperationException("the Windows source runs on Windows only");
        if (Interlocked.CompareExchange(ref s_current, this, null) is not null)
            throw new InvalidOperationException("a Windows source is already recording in this process");
        _sink = sink;
        var options = _options;
        if (options.UseSystemDoubleClick)
        {
            options = options with
            {
                DoubleClickTime = TimeSpan.FromMilliseconds(GetDoubleClickTime()),
                DoubleClickDistance = Math.Max(GetSystemMetrics(SmCxDoubleClick), GetSystemMetrics(SmCyDoubleClick)) / 2,
            };
        }
        var now = (uint)Environment.TickCount;
        var clock = new TickClock(now, Timestamps.ToMicros(_time.GetUtcNow()));
        var lastInput = new LastInputInfo { Size = (uint)sizeof(LastInputInfo) };
        var startTick = GetLastInputInfo(ref lastInput) ? lastInput.Time : now;
        _mapper = new WindowsEventMapper(options, clock, startTick) { CapsLock = (GetKeyState(VkCapital) & 1) != 0 };
        _loop = new Thread(Loop) { IsBackground = true, Name = "windows-hooks" };
        _loop.Start();
        _loopReady.Wait();
        if (_startError is { } error)
        {
            _loop.Join();
            s_current = null;
            throw new InvalidOperationException(error);
        }
        _interpreter = new Thread(Interpret) { IsBackground = true, Name = "windows-interpret" };
        _interpreter.Start();
    }

    private void Loop()
    {
        _loopThreadId = GetCurrentThreadId();
        var module = GetModuleHandleW(null);
        var mouse = SetWindowsHookExW(WhMouseLowLevel, &MouseProc, module, 0);
        var keyboard = SetWindowsHookExW(WhKeyboardLowLevel, &KeyboardProc, module, 0);
        var foreground = SetWinEventHook(EventSystemForeground, EventSystemForeground, 0, &WinEventProc, 0, 0, WinEventOutOfContext | WinEventSkipOwnProcess);
        // One hook for the range focus … value change, which includes name change.
        var objects = SetWinEventHook(EventObjectFocus, EventObjectValueChange, 0, &WinEventProc, 0, 0, WinEventOutOfContext | WinEventSkipOwnProcess);
        fixed (char* className = WindowClassName)
        {
            var wc = new WindowClass { Size = (uint)sizeof(WindowClass), WndProc = &WindowProc, Instance = module, ClassName = className };
            if (RegisterClassExW(wc) != 0)
                _window = CreateWindowExW(0, WindowClassName, null, 0, 0, 0, 0, 0, HwndMessage, 0, module, 0);
        }
        if (mouse == 0 || keyboard == 0 || foreground == 0 || objects == 0 || _window == 0 || !AddClipboardFormatListener(_window))
            _startError = $"could not install the input hooks (Win32 error {Marshal.GetLastPInvokeError()})";
        else
            OnWindowEvent(EventSystemForeground, GetForegroundWindow(), (uint)Environment.TickCount);
        _loopReady.Set();
        while (_startError is null && GetMessageW(out var msg, 0, 0, 0) > 0)
        {
            TranslateMessage(msg);
            DispatchMessageW(msg);
        }
        if (_window != 0)
        {
            RemoveClipboardFormatListener(_window);
            DestroyWindow(_window);
        }
        UnregisterClassW(WindowClassName, module);
        foreach (var hook in new[] { mouse, keyboard })
        {
            if (hook != 0)
                UnhookWindowsHookEx(hook);
        }
        foreach (var hook in new[] { foreground, objects })
        {
            if (hook != 0)
                UnhookWinEvent(hook);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvStdcall)])]
    private static nint MouseProc(int code, nuint wParam, nint lParam)
    {
        if (code >= 0 && s_current is { } source)
        {
            var data = (MouseHookData*)lParam;
            var msg = (uint)wParam;
            // Moves only mark activity: at most one a second reaches the mapper.
            if (msg != WindowsMessages.MouseMove || data->Time - source._lastMove >= 1000)
            {
                if (msg == WindowsMessages.MouseMove)
                    source._lastMove = data->Time;
                var record = new LowLevelMouse(msg, data->Pt.X, data->Pt.Y, data->Time, (short)(data->MouseData >> 16));
                source._records.Writer.TryWrite(m => m.Mouse(record));
            }
        }
        return CallNextHookEx(0, code, wParam, lParam);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvStdcall)])]
    private static nint KeyboardProc(int code, nuint wParam, nint lParam)
    {
        if (code >= 0 && s_current is { } source)
        {
            var data = (KeyboardHookData*)lParam;
            var record = new LowLevelKey(data->VkCode, data->Flags, data->Time);
            source._records.Writer.TryWrite(m => m.Key(record));
        }
        return CallNextHookEx(0, code, wParam, lParam);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvStdcall)])]
    private static void WinEventProc(nint hook, uint eventType, nint hwnd, int objectId, int childId, uint thread, uint time)
    {
        // Window-level events only: a name change of a list item is not a title change.
        if (s_current is { } source && hwnd != 0 && (eventType == EventObjectFocus || (objectId == ObjIdWindow && childId == 0)))
            source.Guard(() => source.OnWindowEvent(eventType, hwnd, time));
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvStdcall)])]
    private static nint WindowProc(nint hwnd, uint msg, nuint wParam, nint lParam)
    {
        if (msg == WindowsMessages.ClipboardUpdate && s_current is { } source)
        {
            var tick = (uint)Environment.TickCount;
            string? text = null;
            source.Guard(() => text = ClipboardText(hwnd));
            source._records.Writer.TryWrite(m => [m.Copy(tick, text)]);
            return 0;
        }
        return DefWindowProcW(hwnd, msg, wParam, lParam);
    }

    private void OnWindowEvent(uint eventType, nint hwnd, uint time)
    {
        switch (eventType)
        {
            case EventObjectFocus:
                _records.Writer.TryWrite(m =>
                {
                    m.Focus((nuint)hwnd);
                    return [];
                });
                break;
            case EventSystemForeground:
            case EventObjectNameChange when hwnd == GetForegroundWindow():
                var change = Describe(hwnd, time);
                _records.Writer.TryWrite(m => m.Foreground(change));
                break;
            default:
                // Value changes are not read: the keyboard already yields the text_input, and reading values
                // would record content the privacy policy has not seen.
                break;
        }
    }

    private static ForegroundChange Describe(nint hwnd, uint time)
    {
        GetWindowThreadProcessId(hwnd, out var pid);
        string? process = null;
        try
        {
            using var p = Process.GetProcessById((int)pid);
            process = p.ProcessName;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // The process ended or is protected: the window is recorded without its application.
        }
        return new ForegroundChange((nuint)hwnd, WindowText(hwnd), ClassName(hwnd), process, time);
    }

    private void Interpret()
    {
        var reader = _records.Reader;
        while (true)
        {
            while (reader.TryRead(out var record))
                Write(record);
            Write(m => m.Tick((uint)Environment.TickCount));
            try
            {
                if (!reader.WaitToReadAsync().AsTask().Wait(TimeSpan.FromMilliseconds(500)) && reader.Completion.IsCompleted)
                    break;
            }
            catch (AggregateException)
            {
                break;
            }
            if (reader.Completion.IsCompleted)
                break;
        }
    }

    private void Write(Func<WindowsEventMapper, IReadOnlyList<UiEvent>> record) => Guard(() =>
    {
        foreach (var e in record(_mapper!))
            _sink.Write(e);
    });

    // The recorder keeps running whatever one record does; failures are counted, not thrown.
    private void Guard(Action action)
    {
        try
        {
            action();
        }
#pragma warning disable CA1031 // A capture source must keep running (and nothing may unwind into a hook): count and go on.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failures);
        }
    }

    /// <summary>Removes the hooks and writes what is still pending (an open typing burst, a running idle interval).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        if (_loop is not null && _startError is null)
        {
            PostThreadMessageW(_loopThreadId, WindowsMessages.Quit, 0, 0);
            _loop.Join(TimeSpan.FromSeconds(3));
            _records.Writer.TryComplete();
            _interpreter?.Join(TimeSpan.FromSeconds(3));
            Write(m => m.Stop((uint)Environment.TickCount));
            Interlocked.CompareExchange(ref s_current, null, this);
        }
        _loopReady.Dispose();
    }
}
