using Deskmine.Core.Events;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Builds the readable name of an action from its kind and its templated window, address and element
/// (<c>Excel: copy cell in column A</c>, <c>Chrome – jotform: paste into 'name first'</c>,
/// <c>SAP – MIRO Enter Incoming Invoice: click 'Post'</c>). Only template text is used, never the recorded
/// values, and <see cref="ReadableText"/> drops ids, paths, e-mail addresses and words with digits. One namer serves
/// one stream: it reads each distinct application, window, address and element once, since a stream's labels repeat
/// them in many combinations (a form's window with each of its fields).
/// </summary>
internal sealed class StepNamer
{
    private readonly Dictionary<string, string> _apps = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Window, string App), (string Screen, List<string> Titled)> _screens = [];
    private readonly Dictionary<string, (string Site, List<string> Path)> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (bool IsCell, string Target)> _elements = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        [EventKinds.Click] = "click", [EventKinds.DoubleClick] = "open", [EventKinds.RightClick] = "right-click",
        [EventKinds.TextInput] = "type into", [EventKinds.KeyShortcut] = "press shortcut", [EventKinds.KeySpecial] = "press key",
        [EventKinds.Copy] = "copy", [EventKinds.Paste] = "paste into", [EventKinds.AppSwitch] = "switch to",
        [EventKinds.Navigate] = "open page", [EventKinds.Scroll] = "scroll", [EventKinds.Idle] = "idle",
        [EventKinds.FileOpen] = "open file", [EventKinds.FormSubmit] = "submit",
        ["copyCell"] = "copy", ["getCell"] = "select", ["editCell"] = "edit", ["editField"] = "edit",
        ["insertValue"] = "enter", ["insertBoolValue"] = "set", ["clickButton"] = "click", ["clickLink"] = "click link",
        ["clickTextField"] = "click", ["clickCheckboxButton"] = "tick", ["clickRadioButton"] = "choose",
        ["goToUrl"] = "open page", ["link"] = "open page", ["openFile"] = "open file", ["saveFile"] = "save file",
        ["selectWorksheet"] = "select sheet", ["addWorksheet"] = "add sheet", ["pressKey"] = "press key",
        ["waitResponse"] = "wait for response", ["findValue"] = "find value", ["selectOptions"] = "choose",
        ["changeField"] = "change", ["submit"] = "submit", ["formSubmit"] = "submit", ["newTab"] = "open tab",
        ["closeTab"] = "close tab", ["selectTab"] = "switch tab", ["reload"] = "reload", ["typed"] = "type into",
    };

    /// <summary>The readable parts of an action of kind <paramref name="kind"/> in application <paramref name="process"/> on an element of role <paramref name="role"/>, given its rendered templates.</summary>
    public StepName Name(string kind, string? process, string? role, string window, string? url, string element)
    {
        var processKey = process ?? "";
        if (!_apps.TryGetValue(processKey, out var app))
            _apps[processKey] = app = ReadableText.App(process);
        if (!_screens.TryGetValue((window, app), out var shown))
            _screens[(window, app)] = shown = (ReadableText.Screen(window, app), ReadableText.Words(ReadableText.Screen(window, app, 6)));
        var (screen, titled) = shown;
        var urlKey = url ?? "";
        if (!_addresses.TryGetValue(urlKey, out var address))
            _addresses[urlKey] = address = (ReadableText.Site(url), url is null ? [] : UrlWords(url).ToList());
        var (site, path) = address;
        if (screen.Length == 0)
            screen = site;
        var verb = Verbs.TryGetValue(kind, out var v) ? v : string.Join(' ', ReadableText.Words(kind)).ToLowerInvariant();
        if (!_elements.TryGetValue(element, out var touched))
            _elements[element] = touched = IsCellReference(element) ? (true, CellName(element)) : (false, ReadableText.Phrase(element, 5));
        var (isCell, target) = touched;
        if (target.Length == 0 && !string.IsNullOrEmpty(element) && !string.IsNullOrEmpty(role))
            target = string.Join(' ', ReadableText.Words(role)).ToLowerInvariant();
        if (isCell && verb == "enter")
            verb = "enter into";
        var entry = kind.Equals(EventKinds.TextInput, StringComparison.Ordinal) || kind.Equals(EventKinds.Paste, StringComparison.Ordinal)
            || kind is "insertValue" or "editField" or "editCell" or "paste" or "typed" or "changeField";
        var words = new List<string>();
        words.AddRange(titled);
        words.AddRange(path);
        if (!isCell)
            words.AddRange(ReadableText.Words(target));
        // English noun phrases end in their head: "Enter Incoming Invoice" is about an incoming invoice.
        var subject = (titled.Count > 0 ? titled : path).TakeLast(2).ToList();
        return new StepName(app, screen, verb, target, entry, words, subject);
    }

    // Spreadsheet cell references: "A<n>", "B7", "AA<n>" — the row is the record, the column the field.
    private static bool IsCellReference(string element)
    {
        var i = 0;
        while (i < element.Length && char.IsAsciiLetterUpper(element[i]))
            i++;
        if (i is 0 or > 3)
            return false;
        var rest = element[i..];
        return rest == "<n>" || (rest.Length > 0 && rest.All(char.IsAsciiDigit));
    }

    private static string CellName(string element) => "cell in column " + new string([.. element.TakeWhile(char.IsAsciiLetterUpper)]);

    // Path words of an address describe its screen (forms/NewRecord → New Record); the host's registered name is
    // kept as the site, query strings and ids are dropped.
    private static IEnumerable<string> UrlWords(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url[(start + 3)..] : url;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return [];
        var path = rest[(slash + 1)..];
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
            path = path[..end];
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Contains('<', StringComparison.Ordinal)).SelectMany(ReadableText.Words);
    }
}
