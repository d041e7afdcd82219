namespace Deskmine.Analysis.Guides;

/// <summary>What a guide step asks the person (or a robot) to do.</summary>
public enum GuideAction
{
    /// <summary>Click an element.</summary>
    Click,

    /// <summary>Double-click an element.</summary>
    DoubleClick,

    /// <summary>Right-click an element.</summary>
    RightClick,

    /// <summary>Type a value into a field.</summary>
    Type,

    /// <summary>Choose a value in a list or combo box.</summary>
    Choose,

    /// <summary>Copy a value to the clipboard.</summary>
    Copy,

    /// <summary>Paste the clipboard into a field.</summary>
    Paste,

    /// <summary>Press a keyboard shortcut.</summary>
    Shortcut,

    /// <summary>Press a special key (Enter, Tab …).</summary>
    Key,

    /// <summary>Switch to another application or window.</summary>
    SwitchApplication,

    /// <summary>Open an address (or a new tab) in the browser.</summary>
    Open,

    /// <summary>Scroll.</summary>
    Scroll,

    /// <summary>Wait (the person was idle).</summary>
    Wait,

    /// <summary>Open a file.</summary>
    OpenFile,

    /// <summary>Submit a web form.</summary>
    Submit,

    /// <summary>An activity of an imported process-mining log.</summary>
    Activity,

    /// <summary>Anything else the recorder reported.</summary>
    Other,
}
