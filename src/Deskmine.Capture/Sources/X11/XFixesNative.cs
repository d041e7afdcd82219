using System.Runtime.InteropServices;

namespace Deskmine.Capture.Sources.X11;

/// <summary>Hand-written bindings to libXfixes: notification when a selection (the clipboard) changes owner.</summary>
internal static partial class XFixesNative
{
    private const string Lib = "libXfixes.so.3";

    /// <summary><c>XFixesSetSelectionOwnerNotifyMask</c>.</summary>
    public const nuint SetSelectionOwnerNotifyMask = 1;

    /// <summary>Offsets in <c>XFixesSelectionNotifyEvent</c>: owner and selection atom.</summary>
    public const int OwnerOffset = 48;
    public const int SelectionOffset = 56;

    [LibraryImport(Lib)]
    public static partial int XFixesQueryExtension(nint display, out int eventBase, out int errorBase);

    [LibraryImport(Lib)]
    public static partial void XFixesSelectSelectionInput(nint display, nuint window, nuint selection, nuint eventMask);
}
