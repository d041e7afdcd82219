namespace Deskmine.Capture.Sources.Windows;

/// <summary>
/// UI Automation control types as the AT-SPI role names the X11 source records (<c>push button</c>, <c>text</c> …),
/// so that a step recorded on Windows and the same step recorded on Linux carry the same role and land on the same
/// activity in a map. Control types without an AT-SPI counterpart (custom, thumb, semantic zoom, title bar) become
/// <c>unknown</c>, as AT-SPI names elements it cannot classify.
/// </summary>
internal static class UiaRoles
{
    /// <summary>The AT-SPI role name for a UIA control type id; edits with <c>IsPassword</c> are
    /// <c>password text</c>.</summary>
    public static string Role(int controlType, bool isPassword = false) => controlType switch
    {
        50000 => "push button",
        50001 => "calendar",
        50002 => "check box",
        50003 => "combo box",
        50004 => isPassword ? "password text" : "text",
        50005 => "link",
        50006 => "image",
        50007 => "list item",
        50008 => "list",
        50009 => "menu",
        50010 => "menu bar",
        50011 => "menu item",
        50012 => "progress bar",
        50013 => "radio button",
        50014 => "scroll bar",
        50015 => "slider",
        50016 => "spin button",
        50017 => "status bar",
        50018 => "page tab list",
        50019 => "page tab",
        50020 => "label",
        50021 => "tool bar",
        50022 => "tool tip",
        50023 => "tree",
        50024 => "tree item",
        50026 => "panel",
        50028 => "table",
        50029 => "table row",
        50030 => "document frame",
        50031 => "push button",
        50032 => "frame",
        50033 => "panel",
        50034 or 50035 => "column header",
        50036 => "table",
        50038 => "separator",
        50040 => "tool bar",
        _ => "unknown",
    };
}
