using System.Collections.Concurrent;
using System.Text;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Sources.X11;

/// <summary>The watcher thread: active window and title changes, clipboard copy (XFixes owner change) and paste
/// (another client's <c>ConvertSelection</c>, seen by the recorder), clipboard content fetched for hashing.</summary>
public sealed partial class X11Source
{
    private static readonly string[] MetaTargets = ["TARGETS", "TIMESTAMP", "MULTIPLE", "SAVE_TARGETS"];

    private readonly ConcurrentQueue<RawInput> _pasteRequests = new();
    private readonly Queue<(bool Paste, long Ts, WindowInfo? Window)> _conversions = new();
    private Thread? _watcher;
    private (int Read, int Write) _wake = (-1, -1);
    private X11Windows? _watch;
    private nuint _ownWindow, _clipboard, _clipProperty, _utf8, _netActive, _netWmName, _wmName, _incr;
    private HashSet<nuint> _metaTargets = [];
    private string? _clipText;
    private bool _clipKnown;
    private (nuint Requestor, long Ts) _lastPaste;

    private void StartWatcher()
    {
        _watch = new X11Windows(_options.Display);
        var d = _watch.Display;
        _ownWindow = X11Native.XCreateSimpleWindow(d, _watch.Root, -10, -10, 1, 1, 0, 0, 0);
        _clipboard = _watch.Atom("CLIPBOARD");
        _clipProperty = _watch.Atom("DESKMINE_CLIP");
        _utf8 = _watch.Atom("UTF8_STRING");
        _netActive = _watch.Atom("_NET_ACTIVE_WINDOW");
        _netWmName = _watch.Atom("_NET_WM_NAME");
        _wmName = _watch.Atom("WM_NAME");
        _incr = _watch.Atom("INCR");
        _metaTargets = [.. MetaTargets.Select(_watch.Atom)];
        if (XFixesNative.XFixesQueryExtension(d, out var fixesBase, out _) == 0)
            throw new InvalidOperationException("the X server has no XFIXES extension");
        _fixesEvent = fixesBase;
        XFixesNative.XFixesSelectSelectionInput(d, _watch.Root, _clipboard, XFixesNative.SetSelectionOwnerNotifyMask);
        X11Native.XSelectInput(d, _watch.Root, (nint)X11Native.PropertyChangeMask);
        _hasWindowManager = _watch.HasWindowManager();
        X11Native.XSync(d, 0);
        CheckActive(Now());
        _wake = PollNative.OpenPipe();
        _watcher = new Thread(Watch) { IsBackground = true, Name = "x11-watch" };
        _watcher.Start();
    }

    private int _fixesEvent;
    private bool _hasWindowManager;

    private unsafe void Watch()
    {
        var d = _watch!.Display;
        var fd = X11Native.XConnectionNumber(d);
        var ev = stackalloc byte[X11Native.XEventSize];
        var nextPoll = 0L;
        while (!_stop.IsCancellationRequested)
        {
            Guard(() =>
            {
                PollNative.Drain(_wake.Read);
                while (X11Native.XPending(d) > 0)
                {
                    X11Native.XNextEvent(d, ev);
                    OnWatchEvent(ev);
                }
                while (_pasteRequests.TryDequeue(out var request))
                    OnPaste(request);
                var now = Now();
                if (!_hasWindowManager && now >= nextPoll)
                {
                    nextPoll = now + (long)_options.FocusPollInterval.TotalMicroseconds;
                    CheckActive(now);
                }
                X11Native.XFlush(d);
            });
            // With a window manager every change arrives as an X event or through the wake pipe (paste requests,
            // stop): no timeout, the thread costs nothing while the desktop is quiet.
            PollNative.WaitReadable(fd, _wake.Read, _hasWindowManager ? -1 : (int)_options.FocusPollInterval.TotalMilliseconds);
        }
    }

    private unsafe void OnWatchEvent(byte* ev)
    {
        var type = X11Native.Int(ev, 0);
        var now = Now();
        if (type == X11Native.PropertyNotify)
        {
            var window = X11Native.Long(ev, 32);
            var atom = X11Native.Long(ev, 40);
            if (window == _watch!.Root && atom == _netActive)
                CheckActive(now);
            else if (_active is { } a && window == a.Id && (atom == _netWmName || atom == _wmName))
                CheckTitle(a, now);
        }
        else if (type == _fixesEvent)
        {
            var owner = X11Native.Long(ev, XFixesNative.OwnerOffset);
            var selection = X11Native.Long(ev, XFixesNative.SelectionOffset);
            if (selection != _clipboard)
                return;
            _clipKnown = false;
            _clipText = null;
            if (owner == 0 || owner == _ownWindow)
                return;
            var client = _watch!.ClientOf(owner);
            RequestClipboard(false, now, client != 0 ? _watch.Describe(client) : _active);
        }
        else if (type == X11Native.SelectionNotify && X11Native.Long(ev, 32) == _ownWindow)
        {
            OnClipboardContent(X11Native.Long(ev, 56));
        }
    }

    private void CheckActive(long now)
    {
        var id = _hasWindowManager ? _watch!.ActiveWindow() : _watch!.FocusedClient();
        if (id == (_active?.Id ?? 0))
            return;
        var info = _watch.Describe(id);
        _active = info;
        if (info is null)
            return;
        X11Native.XSelectInput(_watch.Display, id, (nint)X11Native.PropertyChangeMask);
        var attrs = WindowAttrs(info);
        attrs["reason"] = "focus";
        _sink.Write(Make(EventKinds.AppSwitch, now, info, attrs));
    }

    private void CheckTitle(WindowInfo active, long now)
    {
        var title = _watch!.Title(active.Id);
        if (title == active.Title)
            return;
        var info = active with { Title = title };
        _active = info;
        var attrs = WindowAttrs(info);
        attrs["reason"] = "title";
        _sink.Write(Make(EventKinds.AppSwitch, now, info, attrs));
    }

    private void QueuePaste(RawInput raw)
    {
        if (raw.Requestor == _ownWindow || raw.Selection != _clipboard || _metaTargets.Contains(raw.Target))
            return;
        // Clients often ask twice (e.g. UTF8_STRING, then STRING): one paste per requestor and moment.
        if (_lastPaste.Requestor == raw.Requestor && raw.Ts - _lastPaste.Ts < 500_000)
            return;
        _lastPaste = (raw.Requestor, raw.Ts);
        _pasteRequests.Enqueue(raw);
        PollNative.Signal(_wake.Write);
    }

    private void OnPaste(RawInput request)
    {
        var client = _watch!.ClientOf(request.Requestor);
        var window = client != 0 ? _watch.Describe(client) : _active;
        if (_clipKnown)
            EmitClipboard(true, request.Ts, window, _clipText);
        else
            RequestClipboard(true, request.Ts, window);
    }

    private void RequestClipboard(bool paste, long ts, WindowInfo? window)
    {
        _conversions.Enqueue((paste, ts, window));
        X11Native.XConvertSelection(_watch!.Display, _clipboard, _utf8, _clipProperty, _ownWindow, 0);
    }

    private unsafe void OnClipboardContent(nuint property)
    {
        if (!_conversions.TryDequeue(out var pending))
            return;
        string? text = null;
        if (property != 0 && X11Native.XGetWindowProperty(_watch!.Display, _ownWindow, _clipProperty, 0, 1 << 20, 1,
                X11Native.AnyPropertyType, out var type, out var format, out var items, out _, out var data) == 0 && data != 0)
        {
            // INCR (content larger than one request) is not fetched: the event keeps no fingerprint then.
            if (type != _incr && format == 8)
                text = Encoding.UTF8.GetString((byte*)data, (int)items);
            X11Native.XFree(data);
        }
        _clipText = text;
        _clipKnown = true;
        EmitClipboard(pending.Paste, pending.Ts, pending.Window, text);
    }

    private void EmitClipboard(bool paste, long ts, WindowInfo? window, string? text)
    {
        var attrs = WindowAttrs(window);
        if (text is not null)
            attrs["chars"] = text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _sink.Write(Make(paste ? EventKinds.Paste : EventKinds.Copy, ts, window, attrs) with { Value = text });
    }

    private void StopWatcher()
    {
        if (_wake.Write >= 0)
            PollNative.Signal(_wake.Write);
        _watcher?.Join(TimeSpan.FromSeconds(2));
        if (_wake.Read >= 0)
        {
            PollNative.CloseFd(_wake.Read);
            PollNative.CloseFd(_wake.Write);
        }
        if (_watch is not null)
        {
            X11Native.XDestroyWindow(_watch.Display, _ownWindow);
            _watch.Dispose();
        }
    }
}
