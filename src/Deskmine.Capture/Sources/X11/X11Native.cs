using System.Runtime.InteropServices;

namespace Deskmine.Capture.Sources.X11;

/// <summary>
/// Hand-written bindings to the few libX11 calls the recorder needs (no binding package exists). Types follow
/// the LP64 ABI: <c>Window</c>, <c>Atom</c>, <c>Time</c> and <c>KeySym</c> are <c>unsigned long</c> (8 bytes).
/// </summary>
internal static unsafe partial class X11Native
{
    private const string Lib = "libX11.so.6";

    /// <summary>Size of the <c>XEvent</c> union on 64-bit systems (24 longs).</summary>
    public const int XEventSize = 24 * 8;

    public const int PropertyNotify = 28;
    public const int SelectionNotify = 31;
    public const long PropertyChangeMask = 1L << 22;
    public const int AnyPropertyType = 0;

    [LibraryImport(Lib)]
    public static partial int XInitThreads();

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint XOpenDisplay(string? name);

    [LibraryImport(Lib)]
    public static partial int XCloseDisplay(nint display);

    [LibraryImport(Lib)]
    public static partial nint XSetErrorHandler(delegate* unmanaged<nint, nint, int> handler);

    [LibraryImport(Lib)]
    public static partial nuint XDefaultRootWindow(nint display);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint XInternAtom(nint display, string name, int onlyIfExists);

    [LibraryImport(Lib)]
    public static partial int XGetWindowProperty(nint display, nuint window, nuint property, nint offset, nint length,
        int delete, nuint reqType, out nuint actualType, out int actualFormat, out nuint items, out nuint bytesAfter, out nint data);

    [LibraryImport(Lib)]
    public static partial int XFree(nint data);

    [LibraryImport(Lib)]
    public static partial int XTranslateCoordinates(nint display, nuint src, nuint dst, int x, int y,
        out int dx, out int dy, out nuint child);

    [LibraryImport(Lib)]
    public static partial int XQueryTree(nint display, nuint window, out nuint root, out nuint parent, out nint children, out uint count);

    [LibraryImport(Lib)]
    public static partial int XGetInputFocus(nint display, out nuint focus, out int revertTo);

    [LibraryImport(Lib)]
    public static partial int XSelectInput(nint display, nuint window, nint mask);

    [LibraryImport(Lib)]
    public static partial int XNextEvent(nint display, byte* ev);

    [LibraryImport(Lib)]
    public static partial int XPending(nint display);

    [LibraryImport(Lib)]
    public static partial int XConnectionNumber(nint display);

    [LibraryImport(Lib)]
    public static partial int XFlush(nint display);

    [LibraryImport(Lib)]
    public static partial int XSync(nint display, int discard);

    [LibraryImport(Lib)]
    public static partial nuint XkbKeycodeToKeysym(nint display, uint keycode, int group, int level);

    [LibraryImport(Lib)]
    public static partial nint XKeysymToString(nuint keysym);

    [LibraryImport(Lib)]
    public static partial uint XKeysymToKeycode(nint display, nuint keysym);

    [LibraryImport(Lib)]
    public static partial nuint XCreateSimpleWindow(nint display, nuint parent, int x, int y, uint width, uint height,
        uint borderWidth, nuint border, nuint background);

    [LibraryImport(Lib)]
    public static partial int XDestroyWindow(nint display, nuint window);

    [LibraryImport(Lib)]
    public static partial int XConvertSelection(nint display, nuint selection, nuint target, nuint property, nuint requestor, nuint time);

    [LibraryImport(Lib)]
    public static partial nuint XGetSelectionOwner(nint display, nuint selection);

    /// <summary>Reads a 32-bit field of an event (C <c>int</c>) at a byte offset.</summary>
    public static int Int(byte* ev, int offset) => *(int*)(ev + offset);

    /// <summary>Reads a <c>long</c>-sized field (Window, Atom, Time) of an event at a byte offset.</summary>
    public static nuint Long(byte* ev, int offset) => *(nuint*)(ev + offset);

    /// <summary>Ignores X protocol errors (a window that vanished between two calls is normal); the default
    /// handler would terminate the process.</summary>
    [UnmanagedCallersOnly]
    public static int IgnoreErrors(nint display, nint error) => 0;

    private static int _initialised;

    /// <summary>Makes Xlib thread-safe and installs the no-op error handler, once per process.</summary>
    public static void InitOnce()
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
            return;
        XInitThreads();
        XSetErrorHandler(&IgnoreErrors);
    }
}
