using System.Runtime.InteropServices;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// The libX11 calls a walkthrough screenshot needs: read a rectangle of the root window into client memory and
/// the geometry and map state of windows. Hand-written like <see cref="Sources.X11.X11Native"/>; struct offsets
/// follow the LP64 ABI.
/// </summary>
internal static unsafe partial class X11ImageNative
{
    private const string Lib = "libX11.so.6";

    /// <summary><c>ZPixmap</c>: pixels as whole values, one after another.</summary>
    public const int ZPixmap = 2;

    /// <summary><c>IsViewable</c> in <c>XWindowAttributes.map_state</c>.</summary>
    public const int IsViewable = 2;

    // XImage: int width, height, xoffset, format; char *data; int byte_order, bitmap_unit, bitmap_bit_order,
    // bitmap_pad, depth, bytes_per_line, bits_per_pixel; unsigned long red_mask, green_mask, blue_mask; …
    public const int ImageWidth = 0;
    public const int ImageHeight = 4;
    public const int ImageData = 16;
    public const int ImageByteOrder = 24;
    public const int ImageDepth = 40;
    public const int ImageBytesPerLine = 44;
    public const int ImageBitsPerPixel = 48;
    public const int ImageRedMask = 56;
    public const int ImageGreenMask = 64;
    public const int ImageBlueMask = 72;

    // XWindowAttributes: int x, y, width, height, border_width, depth; Visual *visual; Window root; int class,
    // bit_gravity, win_gravity, backing_store; unsigned long backing_planes, backing_pixel; Bool save_under;
    // Colormap colormap; Bool map_installed; int map_state; … (136 bytes in all).
    public const int AttributesSize = 136;
    public const int AttrWidth = 8;
    public const int AttrHeight = 12;
    public const int AttrMapState = 92;

    [LibraryImport(Lib)]
    public static partial nint XGetImage(nint display, nuint drawable, int x, int y, uint width, uint height, nuint planeMask, int format);

    [LibraryImport(Lib)]
    public static partial int XDestroyImage(nint image);

    [LibraryImport(Lib)]
    public static partial int XGetWindowAttributes(nint display, nuint window, byte* attributes);

    [LibraryImport(Lib)]
    public static partial int XDisplayWidth(nint display, int screen);

    [LibraryImport(Lib)]
    public static partial int XDisplayHeight(nint display, int screen);

    [LibraryImport(Lib)]
    public static partial int XDefaultScreen(nint display);
}
