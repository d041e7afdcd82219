namespace Deskmine.Capture.Sources.Windows;

/// <summary>One record of the <c>WH_KEYBOARD_LL</c> hook.</summary>
/// <param name="Vk">Virtual-key code.</param>
/// <param name="Flags"><c>LLKHF_*</c> flags; bit 0x80 (<see cref="Up"/>) marks a release.</param>
/// <param name="Time">Tick of the input (milliseconds since boot).</param>
internal readonly record struct LowLevelKey(uint Vk, uint Flags, uint Time)
{
    /// <summary><c>LLKHF_UP</c>: the key was released.</summary>
    public const uint UpFlag = 0x80;

    /// <summary>Whether this is a release.</summary>
    public bool Up => (Flags & UpFlag) != 0;
}
