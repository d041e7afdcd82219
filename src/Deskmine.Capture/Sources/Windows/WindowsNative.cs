using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Deskmine.Capture.Sources.Windows;

/// <summary>
/// Hand-written user32/kernel32 bindings the Windows source needs (the Windows desktop reference pack is not used,
/// so the agent builds on any OS). Handles are <c>nint</c>, <c>WPARAM</c> is <c>nuint</c>, <c>LPARAM</c>/<c>LRESULT</c>
/// are <c>nint</c>, so one declaration serves x64, x86 and arm64.
/// </summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class WindowsNative
{
    private const string User32 = "user32.dll";
    private const string Kernel32 = "kernel32.dll";

    public const uint EventSystemForeground = 0x0003;
    public const uint EventObjectFocus = 0x8005;
    public const uint EventObjectNameChange = 0x800C;
    public const uint EventObjectValueChange = 0x800E;
    public const uint WinEventOutOfContext = 0x0000;
    public const uint WinEventSkipOwnProcess = 0x0002;
    public const int ObjIdWindow = 0;
    public const int WhKeyboardLowLevel = 13;
    public const int WhMouseLowLevel = 14;
    public const int SmCxDoubleClick = 36;
    public const int SmCyDoubleClick = 37;
    public const int VkCapital = 0x14;
    public const uint CfUnicodeText = 13;
    public const nint HwndMessage = -3;

    [StructLayout(LayoutKind.Sequential)]
    public struct Point
    {
        public int X;
        public int Y;
    }

    /// <summary><c>MSLLHOOKSTRUCT</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct MouseHookData
    {
        public Point Pt;
        public uint MouseData;
        public uint Flags;
        public uint Time;
        public nuint ExtraInfo;
    }

    /// <summary><c>KBDLLHOOKSTRUCT</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct KeyboardHookData
    {
        public uint VkCode;
        public uint ScanCode;
        public uint Flags;
        public uint Time;
        public nuint ExtraInfo;
    }

    /// <summary><c>MSG</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Message
    {
        public nint Hwnd;
        public uint Msg;
        public nuint WParam;
        public nint LParam;
        public uint Time;
        public Point Pt;
        public uint Private;
    }

    /// <summary><c>LASTINPUTINFO</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct LastInputInfo
    {
        public uint Size;
        public uint Time;
    }

    /// <summary><c>WNDCLASSEXW</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct WindowClass
    {
        public uint Size;
        public uint Style;
        public delegate* unmanaged[Stdcall]<nint, uint, nuint, nint, nint> WndProc;
        public int ClassExtra;
        public int WindowExtra;
        public nint Instance;
        public nint Icon;
        public nint Cursor;
        public nint Background;
        public char* MenuName;
        public char* ClassName;
        public nint IconSmall;
    }

    [LibraryImport(User32)]
    public static partial nint SetWinEventHook(uint eventMin, uint eventMax, nint module,
        delegate* unmanaged[Stdcall]<nint, uint, nint, int, int, uint, uint, void> callback, uint processId, uint threadId, uint flags);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool UnhookWinEvent(nint hook);

    [LibraryImport(User32, SetLastError = true)]
    public static partial nint SetWindowsHookExW(int hookId, delegate* unmanaged[Stdcall]<int, nuint, nint, nint> callback, nint module, uint threadId);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool UnhookWindowsHookEx(nint hook);

    [LibraryImport(User32)]
    public static partial nint CallNextHookEx(nint hook, int code, nuint wParam, nint lParam);

    [LibraryImport(User32)]
    public static partial int GetWindowTextLengthW(nint hwnd);

    [LibraryImport(User32)]
    public static partial int GetWindowTextW(nint hwnd, char* buffer, int capacity);

    [LibraryImport(User32)]
    public static partial int GetClassNameW(nint hwnd, char* buffer, int capacity);

    [LibraryImport(User32)]
    public static partial uint GetWindowThreadProcessId(nint hwnd, out uint processId);

    [LibraryImport(User32)]
    public static partial nint GetForegroundWindow();

    [LibraryImport(User32, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool AddClipboardFormatListener(nint hwnd);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool RemoveClipboardFormatListener(nint hwnd);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool OpenClipboard(nint owner);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool CloseClipboard();

    [LibraryImport(User32)]
    public static partial nint GetClipboardData(uint format);

    [LibraryImport(Kernel32)]
    public static partial nint GlobalLock(nint memory);

    [LibraryImport(Kernel32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool GlobalUnlock(nint memory);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool GetLastInputInfo(ref LastInputInfo info);

    [LibraryImport(User32)]
    public static partial uint GetDoubleClickTime();

    [LibraryImport(User32)]
    public static partial int GetSystemMetrics(int index);

    [LibraryImport(User32)]
    public static partial short GetKeyState(int virtualKey);

    [LibraryImport(User32)]
    public static partial int GetMessageW(out Message message, nint hwnd, uint filterMin, uint filterMax);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TranslateMessage(in Message message);

    [LibraryImport(User32)]
    public static partial nint DispatchMessageW(in Message message);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool PostThreadMessageW(uint threadId, uint msg, nuint wParam, nint lParam);

    [LibraryImport(User32, SetLastError = true)]
    public static partial ushort RegisterClassExW(in WindowClass windowClass);

    [LibraryImport(User32, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool UnregisterClassW(string className, nint instance);

    [LibraryImport(User32, SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    public static partial nint CreateWindowExW(uint exStyle, string className, string? windowName, uint style,
        int x, int y, int width, int height, nint parent, nint menu, nint instance, nint param);

    [LibraryImport(User32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool DestroyWindow(nint hwnd);

    [LibraryImport(User32)]
    public static partial nint DefWindowProcW(nint hwnd, uint msg, nuint wParam, nint lParam);

    [LibraryImport(Kernel32)]
    public static partial uint GetCurrentThreadId();

    [LibraryImport(Kernel32, StringMarshalling = StringMarshalling.Utf16)]
    public static partial nint GetModuleHandleW(string? moduleName);

    /// <summary>Window text, or null when it has none.</summary>
    public static string? WindowText(nint hwnd)
    {
        var length = GetWindowTextLengthW(hwnd);
        if (length <= 0)
            return null;
        var buffer = new char[length + 1];
        fixed (char* p = buffer)
        {
            var read = GetWindowTextW(hwnd, p, buffer.Length);
            return read > 0 ? new string(p, 0, read) : null;
        }
    }

    /// <summary>Window class name (at most 256 characters, the documented limit).</summary>
    public static string? ClassName(nint hwnd)
    {
        var buffer = stackalloc char[257];
        var read = GetClassNameW(hwnd, buffer, 257);
        return read > 0 ? new string(buffer, 0, read) : null;
    }

    /// <summary>The clipboard's Unicode text, or null when it holds none or is locked by another program.</summary>
    public static string? ClipboardText(nint owner)
    {
        if (!OpenClipboard(owner))
            return null;
        try
        {
            var handle = GetClipboardData(CfUnicodeText);
            if (handle == 0)
                return null;
            var text = GlobalLock(handle);
            if (text == 0)
                return null;
            try
            {
                return new string((char*)text);
            }
            finally
            {
                GlobalUnlock(handle);
            }
        }
        finally
        {
            CloseClipboard();
        }
    }
}
