using Deskmine.Core.Events;

namespace Deskmine.Simulation.Recording;

/// <summary>The actions processes perform; each emits what a recorder would see for it.</summary>
internal sealed partial class SessionRecorder
{
    /// <summary>Brings <paramref name="app"/>/<paramref name="window"/> to the front; an app_switch only when it changes.</summary>
    public void Focus(string app, string window, string? url = null)
    {
        if (App == app && Window == window)
        {
            if (url is not null && url != Url)
                Navigate(url, window);
            return;
        }
        Think(0.9);
        App = app;
        Window = window;
        if (url is not null)
            Url = url;
        else if (app != Apps.Chrome)
            Url = null;
        _lastWasField = false;
        Emit(EventKinds.AppSwitch);
    }

    /// <summary>The browser loads <paramref name="url"/> and shows <paramref name="window"/>.</summary>
    public void Navigate(string url, string window)
    {
        Think(0.8);
        Url = url;
        Window = window;
        _lastWasField = false;
        Emit(EventKinds.Navigate);
    }

    public void Click(string role, string name, string kind = EventKinds.Click, double think = 1.6)
    {
        Think(think);
        _lastWasField = false;
        Emit(kind, role, name, positioned: true);
    }

    public void DoubleClick(string role, string name) => Click(role, name, EventKinds.DoubleClick, 1.4);

    /// <summary>Types <paramref name="content"/> into the focused control: a count and a hash, never the text by default.</summary>
    public void Type(string role, string name, string content)
    {
        if (Random.Chance(Person.TypoRate))
        {
            // A typo noticed at once: select the field and type it again (rework inside the step).
            TypeBurst(role, name, content[..Math.Max(1, content.Length - 1)] + "#");
            Shortcut("ctrl+a");
        }
        TypeBurst(role, name, content);
    }

    /// <summary>Moves to a form field (Tab or click, by habit) and types into it.</summary>
    public void FillField(string name, string content, string role = "text")
    {
        if (Person.TabNavigation && _lastWasField)
            Key("Tab");
        else
            Click(role, name);
        Type(role, name, content);
        _lastWasField = true;
    }

    public void Key(string key)
    {
        Think(0.5);
        var keepField = _lastWasField;
        Emit(EventKinds.KeySpecial, attrs: Attributes.Key(key));
        _lastWasField = keepField && key == "Tab";
    }

    public void Shortcut(string keys)
    {
        Think(0.6);
        Emit(EventKinds.KeyShortcut, attrs: Attributes.Key(keys));
    }

    /// <summary>Selects and copies <paramref name="content"/> shown in control <paramref name="name"/>.</summary>
    public void Copy(string role, string name, string content)
    {
        DoubleClick(role, name);
        if (Person.KeyboardClipboard)
        {
            Shortcut("ctrl+c");
        }
        else
        {
            Click(role, name, EventKinds.RightClick, 0.6);
            Click("menu item", "Copy", think: 0.8);
        }
        Think(0.1);
        Emit(EventKinds.Copy, role, name, content);
    }

    /// <summary>Pastes <paramref name="content"/> into form field <paramref name="name"/>.</summary>
    public void Paste(string name, string content, string role = "text")
    {
        Click(role, name);
        if (Person.KeyboardClipboard)
        {
            Shortcut("ctrl+v");
        }
        else
        {
            Click(role, name, EventKinds.RightClick, 0.6);
            Click("menu item", "Paste", think: 0.8);
        }
        Think(0.1);
        Emit(EventKinds.Paste, role, name, content);
        _lastWasField = true;
    }

    public void Scroll(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Think(1.8);
            Emit(EventKinds.Scroll, attrs: Attributes.Key("Down"));
        }
    }

    public void Submit(string buttonName)
    {
        Click("push button", buttonName);
        Think(0.2);
        Emit(EventKinds.FormSubmit, "form", buttonName);
    }

    /// <summary>A file opens in <paramref name="app"/> (the agent reports file_open, then the new window).</summary>
    public void OpenFile(string app, string path, string window)
    {
        Think(1.2);
        App = app;
        Window = window;
        Url = null;
        _lastWasField = false;
        Emit(EventKinds.FileOpen, "document", path);
    }

    /// <summary>Spreadsheet input: cell click and typed value with workbook/sheet/cell attributes.</summary>
    public void TypeCell(string workbook, string sheet, string cell, string content, bool paste = false)
    {
        Think(1.2);
        Emit(EventKinds.Click, "cell", cell, attrs: Attributes.Cell(workbook, sheet, cell), positioned: true);
        if (paste)
        {
            Shortcut("ctrl+v");
            Think(0.1);
            Emit(EventKinds.Paste, "cell", cell, content, Attributes.Cell(workbook, sheet, cell));
            return;
        }
        var duration = TypingMicros(content.Length);
        Think(0.4);
        Emit(EventKinds.TextInput, "cell", cell, content, Attributes.Cell(workbook, sheet, cell, content.Length), duration);
        Now += duration;
    }

    /// <summary>No input for <paramref name="seconds"/>: one idle interval event, then time moves on.</summary>
    public void Idle(double seconds)
    {
        Think(0.5);
        var duration = (long)(seconds * MicrosPerSecond);
        Emit(EventKinds.Idle, duration: duration);
        Now += duration;
    }

    private void TypeBurst(string role, string name, string content)
    {
        Think(0.7);
        var duration = TypingMicros(content.Length);
        Emit(EventKinds.TextInput, role, name, content, Attributes.Chars(content.Length), duration);
        Now += duration;
    }

    private long TypingMicros(int chars) => (long)(chars / Person.CharsPerSecond * MicrosPerSecond);
}
