using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Maps the event types of UI-log recorders (Action Logger / SmartRPA, the CPN simulated logs) onto schema v1
/// kinds. The original type always stays in <c>attrs["eventType"]</c>, so the mapping loses nothing.
/// </summary>
internal static class UiEventTypes
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["click"] = EventKinds.Click,
        ["clickButton"] = EventKinds.Click,
        ["clickLink"] = EventKinds.Click,
        ["clickTextField"] = EventKinds.Click,
        ["clickCheckbox"] = EventKinds.Click,
        ["clickRadioButton"] = EventKinds.Click,
        ["selectOptions"] = EventKinds.Click,
        ["insertBoolValue"] = EventKinds.Click,
        // Selecting a cell, range or sheet in Excel is a click on the grid.
        ["getCell"] = EventKinds.Click,
        ["getRange"] = EventKinds.Click,
        ["selectWorksheet"] = EventKinds.Click,
        ["doubleClick"] = EventKinds.DoubleClick,
        ["contextMenu"] = EventKinds.RightClick,
        ["editField"] = EventKinds.TextInput,
        ["editCell"] = EventKinds.TextInput,
        ["editRange"] = EventKinds.TextInput,
        ["insertValue"] = EventKinds.TextInput,
        ["copy"] = EventKinds.Copy,
        ["copyCell"] = EventKinds.Copy,
        ["copyRange"] = EventKinds.Copy,
        ["cut"] = EventKinds.Copy,
        ["paste"] = EventKinds.Paste,
        ["pasteIntoCell"] = EventKinds.Paste,
        ["pasteIntoRange"] = EventKinds.Paste,
        ["navigate_to"] = EventKinds.Navigate,
        ["link"] = EventKinds.Navigate,
        ["goToUrl"] = EventKinds.Navigate,
        ["createNewTab"] = EventKinds.Navigate,
        ["closeTab"] = EventKinds.Navigate,
        ["reload"] = EventKinds.Navigate,
        ["form_submit"] = EventKinds.FormSubmit,
        ["submit"] = EventKinds.FormSubmit,
        ["openFile"] = EventKinds.FileOpen,
        ["openWorkbook"] = EventKinds.FileOpen,
        // Saving and searching are keyboard shortcuts (ctrl+s, ctrl+f) in the recorded applications.
        ["saveFile"] = EventKinds.KeyShortcut,
        ["saveWorkbook"] = EventKinds.KeyShortcut,
        ["findValue"] = EventKinds.KeyShortcut,
        ["pressKey"] = EventKinds.KeySpecial,
        ["scroll"] = EventKinds.Scroll,
        ["waitResponse"] = EventKinds.Idle,
        ["activateWindow"] = EventKinds.AppSwitch,
        ["newWindow"] = EventKinds.AppSwitch,
    };

    /// <summary>The schema kind of <paramref name="eventType"/>; unknown types are kept as they are.</summary>
    public static string KindOf(string eventType) =>
        Kinds.TryGetValue(eventType, out var kind) ? kind : eventType;
}
