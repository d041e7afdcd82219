using System.Diagnostics;
using Deskmine.Capture.Sources.X11;
using Deskmine.Core;

namespace Deskmine.Bench.Agent;

/// <summary>Presses and releases one key with XTest at a fixed rate on its own X connection, stamping each press
/// with the system clock (CLOCK_REALTIME, the clock the agent stamps its events with) just before sending it.</summary>
internal sealed unsafe class KeyInjector : IDisposable
{
    private readonly nint _display;

    public KeyInjector(string? display)
    {
        _display = X11Native.XOpenDisplay(display);
        if (_display == 0)
            throw new InvalidOperationException($"cannot open X display '{display}'");
    }

    /// <summary>Keycode of function key F<paramref name="n"/> (keysyms F1… are consecutive from 0xFFBE).</summary>
    public uint FunctionKey(int n) => X11Native.XKeysymToKeycode(_display, (nuint)(0xFFBE + n - 1));

    /// <summary>Sends <paramref name="count"/> key presses at <paramref name="perSecond"/>; returns the send
    /// stamps (µs since the epoch). Sleeps in 1 ms steps and sends every key that is due, so the rate holds even
    /// when one sleep is longer.</summary>
    public long[] Inject(uint keycode, int count, double perSecond)
    {
        var sent = new long[count];
        var clock = Stopwatch.StartNew();
        var periodTicks = Stopwatch.Frequency / perSecond;
        for (var i = 0; i < count;)
        {
            var due = Math.Min(count, (long)(clock.ElapsedTicks / periodTicks) + 1);
            for (; i < due; i++)
            {
                sent[i] = Timestamps.ToMicros(TimeProvider.System.GetUtcNow());
                XRecordNative.XTestFakeKeyEvent(_display, keycode, 1, 0);
                XRecordNative.XTestFakeKeyEvent(_display, keycode, 0, 0);
                X11Native.XFlush(_display);
            }
            if (i < count)
            {
                var nextMs = ((i * periodTicks) - clock.ElapsedTicks) * 1000 / Stopwatch.Frequency;
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Max(1, nextMs)));
            }
        }
        X11Native.XSync(_display, 0);
        return sent;
    }

    public void Dispose() => X11Native.XCloseDisplay(_display);
}
