namespace Deskmine.Capture.Sources.Windows;

/// <summary>One record of the <c>WH_MOUSE_LL</c> hook.</summary>
/// <param name="Msg">Window message (<c>WM_LBUTTONDOWN</c> 0x0201 …, see <see cref="WindowsMessages"/>).</param>
/// <param name="X">Screen x position.</param>
/// <param name="Y">Screen y position.</param>
/// <param name="Time">Tick of the input (milliseconds since boot, <c>GetTickCount</c>).</param>
/// <param name="WheelDelta">For wheel messages: the signed high word of <c>mouseData</c> (120 per notch).</param>
internal readonly record struct LowLevelMouse(uint Msg, int X, int Y, uint Time, short WheelDelta = 0);
