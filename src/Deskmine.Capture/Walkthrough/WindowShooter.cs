using Deskmine.Capture.Sources.X11;
using Deskmine.Privacy;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// Takes the pixels of one window from the X server into memory: the client window under a click (else the
/// active one) is read from the root window over its rectangle, so what is taken is what the person saw, dialogs
/// and menus on top included. Windows of denied applications lying over that rectangle, and password fields
/// (from AT-SPI, when the accessibility bus answers), become boxes that the redactor fills whatever OCR says.
/// Owns its own display connection; calls are serialised.
/// </summary>
internal sealed unsafe class WindowShooter : IDisposable
{
    // A walk of a large application's accessibility tree (a browser) is cut here; zenity and GTK forms have < 200.
    private const int MaxAccessibleNodes = 1500;
    private static readonly TimeSpan AccessibilityBudget = TimeSpan.FromSeconds(1);

    private readonly X11Windows _windows;
    private readonly AtSpiClient? _atSpi;
    private readonly PrivacyFilter _filter;
    private readonly Lock _lock = new();

    public WindowShooter(string? display, PrivacyFilter filter, bool useAccessibility)
    {
        _filter = filter;
        _windows = new X11Windows(display);
        var screen = X11ImageNative.XDefaultScreen(_windows.Display);
        ScreenWidth = X11ImageNative.XDisplayWidth(_windows.Display, screen);
        ScreenHeight = X11ImageNative.XDisplayHeight(_windows.Display, screen);
        if (useAccessibility)
            _atSpi = AtSpiClient.TryConnectAsync(TimeSpan.FromSeconds(2)).GetAwaiter().GetResult();
    }

    public int ScreenWidth { get; }

    public int ScreenHeight { get; }

    /// <summary>The window under root point (<paramref name="x"/>, <paramref name="y"/>), else the active window;
    /// null when there is none or it cannot be read.</summary>
    public RawShot? Shoot(int? x, int? y)
    {
        lock (_lock)
        {
            var window = x is { } px && y is { } py ? _windows.ClientAt(px, py) : 0;
            if (window == 0)
                window = _windows.ActiveWindow();
            if (window == 0)
                window = _windows.FocusedClient();
            if (window == 0 || Rectangle(window) is not { } rect)
                return null;
            var screen = new PixelBox(0, 0, ScreenWidth, ScreenHeight);
            var area = rect.Intersect(screen);
            if (area.IsEmpty)
                return null;
            var pixels = Read(area);
            if (pixels is null)
                return null;
            var opaque = new List<PixelBox>();
            AddDeniedWindows(window, area, opaque);
            AddPasswordFields(window, area, opaque);
            return new RawShot(pixels, area.Width, area.Height, area, opaque);
        }
    }

    private PixelBox? Rectangle(nuint window)
    {
        var attributes = stackalloc byte[X11ImageNative.AttributesSize + 64];
        if (X11ImageNative.XGetWindowAttributes(_windows.Display, window, attributes) == 0)
            return null;
        if (*(int*)(attributes + X11ImageNative.AttrMapState) != X11ImageNative.IsViewable)
            return null;
        var width = *(int*)(attributes + X11ImageNative.AttrWidth);
        var height = *(int*)(attributes + X11ImageNative.AttrHeight);
        if (Sources.X11.X11Native.XTranslateCoordinates(_windows.Display, window, _windows.Root, 0, 0, out var rx, out var ry, out _) == 0)
            return null;
        return new PixelBox(rx, ry, width, height);
    }

    // Windows above the captured one in the stacking order that belong to a denied application: their part of the
    // rectangle is filled.
    private void AddDeniedWindows(nuint window, PixelBox area, List<PixelBox> opaque)
    {
        var order = _windows.StackingOrder();
        var above = false;
        foreach (var other in order)
        {
            if (other == window)
            {
                above = true;
                continue;
            }
            if (!above || Rectangle(other) is not { } rect)
                continue;
            if (_filter.IsAppDenied(_windows.Describe(other)?.Process))
                AddClipped(rect.Inflate(8), area, opaque);
        }
        // The recorder does not shoot for an event of a denied application, but the window under the pointer may
        // still be one (a click that lands as the window changes): then nothing of it is shown.
        if (_filter.IsAppDenied(_windows.Describe(window)?.Process))
            opaque.Add(new PixelBox(0, 0, area.Width, area.Height));
    }

    private void AddPasswordFields(nuint window, PixelBox area, List<PixelBox> opaque)
    {
        if (_atSpi is null || _windows.Describe(window) is not { Pid: > 0 } info)
            return;
        try
        {
            var (fields, _) = _atSpi.PasswordFieldsAsync(info.Pid, MaxAccessibleNodes).WaitAsync(AccessibilityBudget).GetAwaiter().GetResult();
            foreach (var (fx, fy, fw, fh) in fields)
                AddClipped(new PixelBox(fx, fy, fw, fh).Inflate(2), area, opaque);
        }
        catch (Exception ex) when (AtSpiClient.IsBusFailure(ex))
        {
            // Password fields show only bullets; the box is defence in depth (it hides the length), and OCR still runs.
        }
    }

    private static void AddClipped(PixelBox root, PixelBox area, List<PixelBox> opaque)
    {
        var part = root.Intersect(area);
        if (!part.IsEmpty)
            opaque.Add(part.Offset(-area.X, -area.Y));
    }

    private byte[]? Read(PixelBox area)
    {
        var image = X11ImageNative.XGetImage(_windows.Display, _windows.Root, area.X, area.Y, (uint)area.Width, (uint)area.Height, nuint.MaxValue, X11ImageNative.ZPixmap);
        if (image == 0)
            return null;
        try
        {
            var p = (byte*)image;
            var width = *(int*)(p + X11ImageNative.ImageWidth);
            var height = *(int*)(p + X11ImageNative.ImageHeight);
            var bpp = *(int*)(p + X11ImageNative.ImageBitsPerPixel);
            var stride = *(int*)(p + X11ImageNative.ImageBytesPerLine);
            var data = *(byte**)(p + X11ImageNative.ImageData);
            var red = *(nuint*)(p + X11ImageNative.ImageRedMask);
            var green = *(nuint*)(p + X11ImageNative.ImageGreenMask);
            var blue = *(nuint*)(p + X11ImageNative.ImageBlueMask);
            var lsbFirst = *(int*)(p + X11ImageNative.ImageByteOrder) == 0;
            // TrueColor at 24 or 32 bits per pixel (every X server of today); anything else is not read.
            if (width != area.Width || height != area.Height || bpp != 32 || data == null || !lsbFirst)
                return null;
            var pixels = new byte[width * height * 4];
            int rs = Shift(red), gs = Shift(green), bs = Shift(blue);
            for (var row = 0; row < height; row++)
            {
                var source = (uint*)(data + (long)row * stride);
                var offset = row * width * 4;
                for (var col = 0; col < width; col++)
                {
                    var v = source[col];
                    pixels[offset++] = (byte)(v >> bs);
                    pixels[offset++] = (byte)(v >> gs);
                    pixels[offset++] = (byte)(v >> rs);
                    pixels[offset++] = 255;
                }
            }
            return pixels;
        }
        finally
        {
            X11ImageNative.XDestroyImage(image);
        }
    }

    private static int Shift(nuint mask) => mask == 0 ? 0 : System.Numerics.BitOperations.TrailingZeroCount(mask);

    public void Dispose()
    {
        _atSpi?.Dispose();
        _windows.Dispose();
    }
}
