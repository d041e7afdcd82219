namespace Deskmine.Capture.Sources.Keys;

/// <summary>
/// The OS-neutral key names <see cref="KeyboardInterpreter"/> understands. Modifiers collapse left and right
/// into one name; keys that only switch levels or locks are <see cref="Lock"/> (ignored); special keys carry the
/// schema's names; other keys are named as X keysym names do (<c>a</c>, <c>1</c>, <c>Home</c>, <c>Left</c>), the
/// lower-cased form of which ends up in shortcut names (<c>ctrl+home</c>).
/// </summary>
internal static class KeyNames
{
    public const string Control = "Control";
    public const string Alt = "Alt";
    public const string Super = "Super";
    public const string Shift = "Shift";

    /// <summary>Caps lock, num lock, AltGr/level-3 shift: change what keys type, never an action.</summary>
    public const string Lock = "Lock";

    public const string Backspace = "Backspace";
    public const string Enter = "Enter";
    public const string Tab = "Tab";
    public const string Escape = "Esc";
    public const string Delete = "Delete";
    public const string Insert = "Insert";
    public const string PageUp = "PageUp";
    public const string PageDown = "PageDown";
}
