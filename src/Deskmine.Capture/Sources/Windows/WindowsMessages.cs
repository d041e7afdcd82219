namespace Deskmine.Capture.Sources.Windows;

/// <summary>Window message numbers (<c>WM_*</c> in winuser.h) the mouse hook and the message loop see.</summary>
internal static class WindowsMessages
{
    public const uint Quit = 0x0012;
    public const uint MouseMove = 0x0200;
    public const uint LeftButtonDown = 0x0201;
    public const uint LeftButtonUp = 0x0202;
    public const uint RightButtonDown = 0x0204;
    public const uint RightButtonUp = 0x0205;
    public const uint MiddleButtonDown = 0x0207;
    public const uint MiddleButtonUp = 0x0208;
    public const uint MouseWheel = 0x020A;
    public const uint MouseHorizontalWheel = 0x020E;
    public const uint ClipboardUpdate = 0x031D;
}
