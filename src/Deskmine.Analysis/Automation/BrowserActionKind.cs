namespace Deskmine.Analysis.Automation;

/// <summary>What one line of the generated script does.</summary>
internal enum BrowserActionKind
{
    /// <summary>Go to an address.</summary>
    Goto,

    /// <summary>Wait until the page reached an address (after a click or a submit).</summary>
    WaitForUrl,

    /// <summary>Fill a field with a parameter.</summary>
    Fill,

    /// <summary>Choose a parameter's value in a list.</summary>
    Select,

    /// <summary>Click an element.</summary>
    Click,

    /// <summary>Double-click an element.</summary>
    DoubleClick,

    /// <summary>Right-click an element.</summary>
    RightClick,

    /// <summary>Submit the page's form.</summary>
    Submit,

    /// <summary>Press a key or shortcut.</summary>
    Press,

    /// <summary>A comment only: a step the script cannot or need not do (desktop steps, copies, new tabs).</summary>
    Note,
}
