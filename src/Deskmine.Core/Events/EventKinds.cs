namespace Deskmine.Core.Events;

/// <summary>The <see cref="UiEvent.Kind"/> values of schema v1.</summary>
public static class EventKinds
{
    /// <summary>Single left click.</summary>
    public const string Click = "click";
    /// <summary>Double click.</summary>
    public const string DoubleClick = "double_click";
    /// <summary>Right click.</summary>
    public const string RightClick = "right_click";
    /// <summary>Text typed into one field (a burst of keys merged into one action).</summary>
    public const string TextInput = "text_input";
    /// <summary>A keyboard shortcut such as ctrl+c.</summary>
    public const string KeyShortcut = "key_shortcut";
    /// <summary>A special key: Enter, Tab, Esc …</summary>
    public const string KeySpecial = "key_special";
    /// <summary>Clipboard copy.</summary>
    public const string Copy = "copy";
    /// <summary>Clipboard paste.</summary>
    public const string Paste = "paste";
    /// <summary>Active window or application changed.</summary>
    public const string AppSwitch = "app_switch";
    /// <summary>Browser navigation.</summary>
    public const string Navigate = "navigate";
    /// <summary>Scrolling.</summary>
    public const string Scroll = "scroll";
    /// <summary>Idle or away interval.</summary>
    public const string Idle = "idle";
    /// <summary>A file was opened.</summary>
    public const string FileOpen = "file_open";
    /// <summary>A web form was submitted.</summary>
    public const string FormSubmit = "form_submit";
    /// <summary>An event of an imported process-mining log (the activity is in <see cref="UiEvent.Activity"/>).</summary>
    public const string Activity = "activity";
}
