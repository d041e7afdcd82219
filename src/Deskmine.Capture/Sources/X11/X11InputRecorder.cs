using System.Runtime.InteropServices;
using System.Threading.Channels;
using Deskmine.Core;

namespace Deskmine.Capture.Sources.X11;

/// <summary>
/// Reads keyboard, pointer and <c>ConvertSelection</c> requests of all clients with the RECORD extension and
/// queues them as <see cref="RawInput"/>. RECORD needs two connections: the data connection blocks inside
/// <c>XRecordEnableContext</c> on the recording thread, the control connection creates and stops the context.
/// The callback only copies a few fields into a channel; every look-up happens on the consumer's thread.
/// </summary>
internal sealed unsafe class X11InputRecorder : IDisposable
{
    private const int KeyPress = 2, KeyRelease = 3, ButtonPress = 4, ButtonRelease = 5, MotionNotify = 6;
    private const byte ConvertSelectionOpcode = 24;

    private readonly Channel<RawInput> _channel = Channel.CreateUnbounded<RawInput>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly TimeProvider _time;
    private readonly nint _control;
    private readonly nint _data;
    private readonly nuint _context;
    private readonly Thread _thread;
    private GCHandle _self;
    private long _lastMotion;
    private int _stopped;

    public X11InputRecorder(string? displayName, TimeProvider time)
    {
        _time = time;
        X11Native.InitOnce();
        _control = X11Native.XOpenDisplay(displayName);
        _data = X11Native.XOpenDisplay(displayName);
        if (_control == 0 || _data == 0)
            throw new InvalidOperationException($"cannot open X display '{displayName ?? Environment.GetEnvironmentVariable("DISPLAY")}'");
        if (XRecordNative.XRecordQueryVersion(_control, out _, out _) == 0)
            throw new InvalidOperationException("the X server has no RECORD extension");

        var range = XRecordNative.XRecordAllocRange();
        range[XRecordNative.RangeDeviceEventsFirst] = KeyPress;
        range[XRecordNative.RangeDeviceEventsLast] = MotionNotify;
        range[XRecordNative.RangeCoreRequestsFirst] = ConvertSelectionOpcode;
        range[XRecordNative.RangeCoreRequestsLast] = ConvertSelectionOpcode;
        var clients = XRecordNative.AllClients;
        _context = XRecordNative.XRecordCreateContext(_control, 0, &clients, 1, &range, 1);
        X11Native.XFree((nint)range);
        if (_context == 0)
            throw new InvalidOperationException("cannot create an XRecord context");
        X11Native.XSync(_control, 0);

        _self = GCHandle.Alloc(this);
        _thread = new Thread(Run) { IsBackground = true, Name = "x11-record" };
        _thread.Start();
    }

    /// <summary>The recorded inputs, in server order.</summary>
    public ChannelReader<RawInput> Inputs => _channel.Reader;

    /// <summary>Set after every input and at the end: the consumer blocks on it (no spinning, unlike
    /// <c>Task.Wait</c> on the channel).</summary>
    public AutoResetEvent Available { get; } = new(false);

    private void Run()
    {
        XRecordNative.XRecordEnableContext(_data, _context, &OnRecord, GCHandle.ToIntPtr(_self));
        _channel.Writer.TryComplete();
        Available.Set();
    }

    [UnmanagedCallersOnly]
    private static void OnRecord(nint closure, XRecordNative.InterceptData* data)
    {
        try
        {
            if (GCHandle.FromIntPtr(closure).Target is X11InputRecorder self)
                self.Handle(data);
        }
        finally
        {
            XRecordNative.XRecordFreeData(data);
        }
    }

    private void Handle(XRecordNative.InterceptData* d)
    {
        if (d->Data == null)
            return;
        var p = d->Data;
        if (d->Category == XRecordNative.FromServer)
        {
            var type = p[0] & 0x7f;
            var now = Timestamps.ToMicros(_time.GetUtcNow());
            var x = *(short*)(p + 20);
            var y = *(short*)(p + 22);
            RawInputKind? kind = type switch
            {
                KeyPress => RawInputKind.KeyPress,
                KeyRelease => RawInputKind.KeyRelease,
                ButtonPress => RawInputKind.ButtonPress,
                ButtonRelease => RawInputKind.ButtonRelease,
                MotionNotify when now - _lastMotion >= 1_000_000 => RawInputKind.Motion,
                _ => null,
            };
            if (kind is { } k)
            {
                if (k == RawInputKind.Motion)
                    _lastMotion = now;
                _channel.Writer.TryWrite(new RawInput(k, p[1], x, y, now));
                Available.Set();
            }
        }
        else if (d->Category == XRecordNative.FromClient && p[0] == ConvertSelectionOpcode && d->DataLength >= 6)
        {
            // ConvertSelection: opcode, pad, length, requestor, selection, target, property, time (4 bytes each).
            var requestor = *(uint*)(p + 4);
            var selection = *(uint*)(p + 8);
            var target = *(uint*)(p + 12);
            _channel.Writer.TryWrite(new RawInput(RawInputKind.SelectionRequest, 0, 0, 0,
                Timestamps.ToMicros(_time.GetUtcNow()), requestor, selection, target));
            Available.Set();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        XRecordNative.XRecordDisableContext(_control, _context);
        X11Native.XFlush(_control);
        X11Native.XSync(_control, 0);
        _thread.Join(TimeSpan.FromSeconds(2));
        XRecordNative.XRecordFreeContext(_control, _context);
        X11Native.XCloseDisplay(_control);
        X11Native.XCloseDisplay(_data);
        _self.Free();
        _channel.Writer.TryComplete();
    }
}
