using System.Text;
using Deskmine.Privacy.Normalisation;

namespace Deskmine.Capture.Sources.X11;

/// <summary>
/// Window look-ups on one display connection: the client window under a point, titles, class and process.
/// Not thread-safe: each thread that looks up windows owns its own instance (and connection).
/// </summary>
internal sealed unsafe class X11Windows : IDisposable
{
    private readonly nuint _netWmName, _utf8, _compoundText, _string, _wmName, _netWmPid, _wmClass, _wmState, _netActive, _cardinal, _window;
    private readonly Dictionary<nuint, (string? Class, int Pid, string? Process)> _static = [];

    public X11Windows(string? displayName)
    {
        X11Native.InitOnce();
        Display = X11Native.XOpenDisplay(displayName);
        if (Display == 0)
            throw new InvalidOperationException($"cannot open X display '{displayName ?? Environment.GetEnvironmentVariable("DISPLAY")}'");
        Root = X11Native.XDefaultRootWindow(Display);
        _netWmName = Atom("_NET_WM_NAME");
        _utf8 = Atom("UTF8_STRING");
        _compoundText = Atom("COMPOUND_TEXT");
        _string = Atom("STRING");
        _wmName = Atom("WM_NAME");
        _netWmPid = Atom("_NET_WM_PID");
        _wmClass = Atom("WM_CLASS");
        _wmState = Atom("WM_STATE");
        _netActive = Atom("_NET_ACTIVE_WINDOW");
        _cardinal = Atom("CARDINAL");
        _window = Atom("WINDOW");
    }

    public nint Display { get; }

    public nuint Root { get; }

    public nuint Atom(string name) => X11Native.XInternAtom(Display, name, 0);

    /// <summary>Whether a window manager announces itself (EWMH <c>_NET_SUPPORTING_WM_CHECK</c> on the root).</summary>
    public bool HasWindowManager() => ReadWindow(Root, Atom("_NET_SUPPORTING_WM_CHECK")) != 0;

    /// <summary>The active window per EWMH, 0 when none or no window manager.</summary>
    public nuint ActiveWindow() => ReadWindow(Root, _netActive);

    /// <summary>The managed client windows from bottom to top (EWMH <c>_NET_CLIENT_LIST_STACKING</c>); empty without a
    /// window manager.</summary>
    public IReadOnlyList<nuint> StackingOrder()
    {
        if (X11Native.XGetWindowProperty(Display, Root, Atom("_NET_CLIENT_LIST_STACKING"), 0, 4096, 0, _window,
                out _, out var format, out var items, out _, out var data) != 0 || data == 0)
            return [];
        try
        {
            return format == 32 ? new ReadOnlySpan<nuint>((void*)data, (int)items).ToArray() : [];
        }
        finally
        {
            X11Native.XFree(data);
        }
    }

    /// <summary>The top-level client window holding the input focus (the fallback without a window manager).</summary>
    public nuint FocusedClient()
    {
        X11Native.XGetInputFocus(Display, out var focus, out _);
        return ClientOf(focus);
    }

    /// <summary>The window itself or its nearest ancestor carrying <c>WM_CLASS</c>, 0 when none.</summary>
    public nuint ClientOf(nuint window)
    {
        for (var (w, depth) = (window, 0); w > 1 && w != Root && depth < 32; w = Parent(w), depth++)
        {
            if (HasProperty(w, _wmClass))
                return w;
        }
        return 0;
    }

    /// <summary>The client window under root position (x, y): descends with XTranslateCoordinates from the root
    /// to the first window carrying <c>WM_STATE</c> (managed) or <c>WM_CLASS</c>.</summary>
    public nuint ClientAt(int x, int y)
    {
        var w = Root;
        nuint fallback = 0;
        for (var depth = 0; depth < 16; depth++)
        {
            if (X11Native.XTranslateCoordinates(Display, Root, w, x, y, out _, out _, out var child) == 0 || child == 0)
                break;
            w = child;
            if (HasProperty(w, _wmState))
                return w;
            if (fallback == 0 && HasProperty(w, _wmClass))
                fallback = w;
        }
        // A click on a window manager's frame (title bar, border) belongs to the client inside the frame.
        return fallback != 0 || w == Root ? fallback : ClientBelow(w, 3);
    }

    private nuint ClientBelow(nuint window, int depth)
    {
        if (depth == 0 || X11Native.XQueryTree(Display, window, out _, out _, out var children, out var count) == 0)
            return 0;
        try
        {
            for (var i = 0; i < count; i++)
            {
                var child = ((nuint*)children)[i];
                if (HasProperty(child, _wmState))
                    return child;
            }
            for (var i = 0; i < count; i++)
            {
                if (ClientBelow(((nuint*)children)[i], depth - 1) is var found and not 0)
                    return found;
            }
            return 0;
        }
        finally
        {
            if (children != 0)
                X11Native.XFree(children);
        }
    }

    public WindowInfo? Describe(nuint window)
    {
        if (window == 0)
            return null;
        if (!_static.TryGetValue(window, out var fixedPart))
        {
            var (instance, cls) = ReadClass(window);
            var pid = (int)ReadCardinal(window, _netWmPid);
            var process = pid > 0 ? ProcessName(pid) : null;
            fixedPart = (cls, pid, process ?? instance?.ToLowerInvariant());
            if (_static.Count > 4096)
                _static.Clear();
            _static[window] = fixedPart;
        }
        return new WindowInfo(window, Title(window), fixedPart.Class, fixedPart.Pid, fixedPart.Process);
    }

    public string? Title(nuint window) =>
        ReadText(window, _netWmName, _utf8) ?? ReadText(window, _wmName, 0);

    public void Forget(nuint window) => _static.Remove(window);

    private nuint Parent(nuint window)
    {
        if (X11Native.XQueryTree(Display, window, out _, out var parent, out var children, out _) == 0)
            return 0;
        if (children != 0)
            X11Native.XFree(children);
        return parent;
    }

    private bool HasProperty(nuint window, nuint property)
    {
        if (X11Native.XGetWindowProperty(Display, window, property, 0, 0, 0, X11Native.AnyPropertyType,
                out var type, out _, out _, out _, out var data) != 0)
            return false;
        if (data != 0)
            X11Native.XFree(data);
        return type != 0;
    }

    // 32-bit properties arrive as C longs: 8 bytes each on 64-bit systems.
    private nuint ReadWindow(nuint window, nuint property) => ReadLong(window, property, _window);

    private nuint ReadCardinal(nuint window, nuint property) => ReadLong(window, property, _cardinal);

    private nuint ReadLong(nuint window, nuint property, nuint type)
    {
        if (X11Native.XGetWindowProperty(Display, window, property, 0, 1, 0, type,
                out _, out var format, out var items, out _, out var data) != 0 || data == 0)
            return 0;
        try
        {
            return format == 32 && items > 0 ? *(nuint*)data : 0;
        }
        finally
        {
            X11Native.XFree(data);
        }
    }

    private string? ReadText(nuint window, nuint property, nuint type)
    {
        if (X11Native.XGetWindowProperty(Display, window, property, 0, 1024, 0, type == 0 ? X11Native.AnyPropertyType : type,
                out var actualType, out var format, out var items, out _, out var data) != 0 || data == 0)
            return null;
        try
        {
            if (format != 8 || items == 0)
                return null;
            var bytes = new ReadOnlySpan<byte>((byte*)data, (int)items);
            // WM_NAME may be Latin-1 (STRING) or ISO 2022 compound text: read as UTF-8, an address written in a
            // two-byte set would reach the privacy filter as unreadable bytes.
            if (actualType == _compoundText)
                return CompoundText.Decode(bytes);
            return actualType == _string ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            X11Native.XFree(data);
        }
    }

    private (string? Instance, string? Class) ReadClass(nuint window)
    {
        var text = ReadText(window, _wmClass, 0);
        if (text is null)
            return (null, null);
        var parts = text.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        return (parts.Length > 0 ? parts[0] : null, parts.Length > 1 ? parts[1] : null);
    }

    private static string? ProcessName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => X11Native.XCloseDisplay(Display);
}
