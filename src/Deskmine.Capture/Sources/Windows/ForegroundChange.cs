namespace Deskmine.Capture.Sources.Windows;

/// <summary>The foreground window changed (<c>EVENT_SYSTEM_FOREGROUND</c>) or the foreground window's title
/// changed (<c>EVENT_OBJECT_NAMECHANGE</c> on it).</summary>
/// <param name="Hwnd">Window handle.</param>
/// <param name="Title">Window text (<c>GetWindowText</c>).</param>
/// <param name="ClassName">Window class (<c>GetClassName</c>).</param>
/// <param name="ProcessName">Owning process (<c>GetWindowThreadProcessId</c> → process name), with or without
/// <c>.exe</c>.</param>
/// <param name="Time">Tick of the event (<c>dwmsEventTime</c>).</param>
internal sealed record ForegroundChange(nuint Hwnd, string? Title, string? ClassName, string? ProcessName, uint Time);
