namespace Deskmine.Capture.Sources.X11;

/// <summary>What the recorder knows of a top-level window.</summary>
/// <param name="Id">X window id of the client window (the one with <c>WM_CLASS</c>).</param>
/// <param name="Title">Window title (<c>_NET_WM_NAME</c>, else <c>WM_NAME</c>).</param>
/// <param name="WmClass">Class part of <c>WM_CLASS</c> (e.g. <c>XTerm</c>).</param>
/// <param name="Pid">Process id from <c>_NET_WM_PID</c>, 0 when not set.</param>
/// <param name="Process">Process name from <c>/proc/PID/comm</c>, else the lower-cased instance name.</param>
internal sealed record WindowInfo(nuint Id, string? Title, string? WmClass, int Pid, string? Process);
