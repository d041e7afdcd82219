using System.Text;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Guides;

/// <summary>
/// Describes a step from the events of its occurrences. Each occurrence contributes its action event (its last
/// event that is not idle time) and its context event (the action event, or when that names no element the latest
/// earlier event that does: a clipboard copy takes the cell or field selected before it). Over the occurrences the
/// common application, screen and element are kept. Typed and copied values are never read, except the key names
/// of shortcuts and special keys, which are not content.
/// </summary>
internal static class StepDescriber
{
    private const string ActionLoggerSource = "import:actionlogger";

    public static StepShape Describe(WorkLog log, IReadOnlyList<StepOccurrence> occurrences)
    {
        var picks = occurrences.Select(o => Pick(log, o)).ToArray();
        var contexts = picks.Select(p => p.Context).ToArray();
        var kind = Mode(picks.Select(p => p.Action.Kind)) ?? EventKinds.Click;
        var element = new GuideElement(
            CommonText.Of(contexts.Select(e => e.TargetRole)),
            CommonText.Of(contexts.Select(e => e.TargetName)),
            CommonText.Of(contexts.Select(e => e.TargetId)),
            CommonText.Of(contexts.Select(e => e.TargetPath)),
            CommonText.Of(contexts.Select(FieldName)),
            CommonText.Of(contexts.Select(InputType)));
        var app = CommonText.Of(contexts.Select(e => e.App));
        var screen = CommonText.Of(contexts.Select(e => !string.IsNullOrEmpty(e.Window) ? e.Window : e.Attrs?.GetValueOrDefault("sheet")));
        var url = CommonText.Of(picks.Select(p => p.Action.Url ?? p.Context.Url));
        var action = ActionOf(kind, element);
        var keys = action is GuideAction.Shortcut or GuideAction.Key ? CommonText.Of(picks.Select(p => p.Action.Value)) : null;
        var eventType = CommonText.Of(picks.Select(p => p.Action.Attrs?.GetValueOrDefault("eventType")));
        var activity = CommonText.Of(picks.Select(p => p.Action.Activity));
        var isBrowser = url is not null || picks.Any(p => p.Context.Source == "browser");
        var label = element.Label;
        var input = action is GuideAction.Type or GuideAction.Paste or GuideAction.Choose ? Placeholder(label) : null;
        var words = Words(action, label, app, screen, url, keys, eventType, activity);
        return new StepShape(app, screen, url, element, action, words, input, isBrowser);
    }

    /// <summary>The placeholder that stands for a value entered into the field <paramref name="label"/>.</summary>
    public static string Placeholder(string? label) => "<" + (CommonText.Clean(label)?.Replace('<', '(').Replace('>', ')') ?? "value") + ">";

    /// <summary>The HTML <c>name</c> attribute of a web form field, when the recorder gave it.</summary>
    public static string? FieldName(UiEvent e)
    {
        if (e.Attrs?.GetValueOrDefault("element_name") is { Length: > 0 } name)
            return name;
        // Action Logger reports the name attribute as the element's name for form fields.
        return e.Source == ActionLoggerSource && e.TargetRole is { } tag
            && (tag.Equals("INPUT", StringComparison.OrdinalIgnoreCase) || tag.Equals("SELECT", StringComparison.OrdinalIgnoreCase)
                || tag.Equals("TEXTAREA", StringComparison.OrdinalIgnoreCase))
            ? e.TargetName : null;
    }

    private static string? InputType(UiEvent e) =>
        e.Attrs?.GetValueOrDefault("input_type") ?? e.Attrs?.GetValueOrDefault("target.type");

    /// <summary>The action event and the context event of one occurrence.</summary>
    public static (UiEvent Action, UiEvent Context) Pick(WorkLog log, StepOccurrence o)
    {
        var actionAt = o.Events.Count - 1;
        for (var k = o.Events.Count - 1; k >= 0; k--)
        {
            if (log.Events[o.Events[k]].Kind != EventKinds.Idle)
            {
                actionAt = k;
                break;
            }
        }
        var action = log.Events[o.Events[actionAt]];
        if (HasElement(action))
            return (action, action);
        for (var k = actionAt - 1; k >= 0; k--)
        {
            var e = log.Events[o.Events[k]];
            if (HasElement(e))
                return (action, e);
        }
        return (action, action);
    }

    private static bool HasElement(UiEvent e) =>
        !string.IsNullOrWhiteSpace(e.TargetName) || !string.IsNullOrWhiteSpace(e.TargetId) || !string.IsNullOrWhiteSpace(e.TargetPath);

    private static GuideAction ActionOf(string kind, GuideElement element) => kind switch
    {
        EventKinds.Click => GuideAction.Click,
        EventKinds.DoubleClick => GuideAction.DoubleClick,
        EventKinds.RightClick => GuideAction.RightClick,
        EventKinds.TextInput => IsList(element) ? GuideAction.Choose : GuideAction.Type,
        EventKinds.Copy => GuideAction.Copy,
        EventKinds.Paste => GuideAction.Paste,
        EventKinds.KeyShortcut => GuideAction.Shortcut,
        EventKinds.KeySpecial => GuideAction.Key,
        EventKinds.AppSwitch => GuideAction.SwitchApplication,
        EventKinds.Navigate => GuideAction.Open,
        EventKinds.Scroll => GuideAction.Scroll,
        EventKinds.Idle => GuideAction.Wait,
        EventKinds.FileOpen => GuideAction.OpenFile,
        EventKinds.FormSubmit => GuideAction.Submit,
        EventKinds.Activity => GuideAction.Activity,
        _ => GuideAction.Other,
    };

    /// <summary>True for list-like elements, where a value is chosen rather than typed.</summary>
    public static bool IsList(GuideElement element) =>
        element.Role is { } r && (r.Equals("combobox", StringComparison.OrdinalIgnoreCase) || r.Equals("combo box", StringComparison.OrdinalIgnoreCase)
            || r.Equals("select", StringComparison.OrdinalIgnoreCase) || r.Equals("listbox", StringComparison.OrdinalIgnoreCase)
            || r.Equals("list box", StringComparison.OrdinalIgnoreCase));

    private static string Words(GuideAction action, string? label, string? app, string? screen, string? url, string? keys, string? eventType, string? activity)
    {
        var target = label is null ? null : "'" + label + "'";
        var where = app ?? "the application";
        return action switch
        {
            GuideAction.Click => target is not null ? $"Click {target}" : Humanized(eventType, screen) ?? $"Click in {where}",
            GuideAction.DoubleClick => target is not null ? $"Double-click {target}" : $"Double-click in {where}",
            GuideAction.RightClick => target is not null ? $"Right-click {target}" : $"Right-click in {where}",
            GuideAction.Type => target is not null ? $"Type into {target}" : $"Type in {where}",
            GuideAction.Choose => $"Choose in {target ?? where}",
            GuideAction.Copy => target is not null ? $"Copy {target} from {where}" : $"Copy from {where}",
            GuideAction.Paste => target is not null ? $"Paste into {target}" : $"Paste in {where}",
            GuideAction.Shortcut or GuideAction.Key => keys is not null ? $"Press {keys}" : "Press a key",
            GuideAction.SwitchApplication => $"Switch to {where}",
            GuideAction.Open => url is not null ? $"Open {url}" : "Open a new tab",
            GuideAction.Scroll => $"Scroll in {screen ?? where}",
            GuideAction.Wait => "Wait",
            GuideAction.OpenFile => $"Open a file in {where}",
            GuideAction.Submit => "Submit the form",
            GuideAction.Activity => activity ?? "Do the activity",
            _ => Humanized(eventType, screen) ?? $"Act in {where}",
        };
    }

    // Recorders that name their own event types (Action Logger's selectWorksheet) say more than a bare click.
    private static string? Humanized(string? eventType, string? screen)
    {
        if (eventType is null)
            return null;
        var sb = new StringBuilder();
        foreach (var c in eventType)
        {
            if (char.IsUpper(c) && sb.Length > 0)
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            else if (c is '_' or '-')
                sb.Append(' ');
            else
                sb.Append(sb.Length == 0 ? char.ToUpperInvariant(c) : c);
        }
        return screen is null ? sb.ToString() : sb + " '" + screen + "'";
    }

    private static string? Mode(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}
