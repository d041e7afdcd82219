namespace Deskmine.Capture.Sources.X11;

/// <summary>Kinds of <see cref="RawInput"/>.</summary>
internal enum RawInputKind : byte
{
    KeyPress,
    KeyRelease,
    ButtonPress,
    ButtonRelease,
    /// <summary>Pointer moved (throttled: at most one a second, only to mark activity).</summary>
    Motion,
    /// <summary>A client asked for a selection's content (<c>ConvertSelection</c>): a paste.</summary>
    SelectionRequest,
}

/// <summary>One input as the X server delivered it, copied out of the XRecord callback.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">Keycode or button number.</param>
/// <param name="X">Root x position.</param>
/// <param name="Y">Root y position.</param>
/// <param name="Ts">Receipt time, microseconds since the Unix epoch.</param>
/// <param name="Requestor">For selection requests: the requesting window.</param>
/// <param name="Selection">For selection requests: the selection atom.</param>
/// <param name="Target">For selection requests: the requested format atom.</param>
internal readonly record struct RawInput(RawInputKind Kind, byte Detail, short X, short Y, long Ts,
    nuint Requestor = 0, nuint Selection = 0, nuint Target = 0);
