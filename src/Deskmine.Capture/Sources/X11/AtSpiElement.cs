namespace Deskmine.Capture.Sources.X11;

/// <summary>An accessible element as AT-SPI reports it.</summary>
/// <param name="Role">Role name (<c>push button</c>, <c>text</c>, <c>password text</c> …).</param>
/// <param name="Name">Accessible name (label), may be empty.</param>
/// <param name="Path">Roles from the window down to the element, <c>/</c>-separated.</param>
internal sealed record AtSpiElement(string Role, string Name, string Path);
