using Deskmine.Core.Events;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Turns one person's raw events (already in time order) into actions with stable labels. Labels are
/// <c>kind app [window] &lt;url&gt; 'element'</c> with window, address and element replaced by templates learned
/// from this person's data (<see cref="TemplateMiner"/>). Redundant events are folded into the action they
/// belong to: focus flicker, the selection recorded just before a copy of the same value (Action Logger's
/// getCell/copy pairs), a click on a field right before typing or pasting into it, key bursts in one field,
/// and exact repeats.
/// </summary>
internal static class ActionAbstractor
{
    /// <summary>The attribute naming a logger's own event type (Action Logger's <c>copyCell</c>, <c>clickButton</c> …).</summary>
    public const string EventTypeAttribute = "eventType";

    /// <summary>The attribute naming a spreadsheet's sheet, which stands for the window title where there is none.</summary>
    public const string SheetAttribute = "sheet";

    /// <summary>Abstracts the events <paramref name="order"/> (input indices in time order) of one person.</summary>
    public static (List<RecognizedAction> Actions, List<string> Labels, List<StepName> Steps) Abstract(
        IReadOnlyList<UiEvent> events, IReadOnlyList<int> order, RecognitionOptions options)
    {
        // One template miner per application: a button "B2" of a web form and a cell "B2" of a spreadsheet are
        // different things, and pooling them would make the few buttons look like a variable row number.
        var miners = new Dictionary<string, TemplateMiner>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var e = events[i];
            var miner = MinerOf(miners, e.App);
            miner.Observe(Window(e));
            miner.Observe(e.Url ?? "");
            miner.Observe(Element(e));
        }

        // Many events share kind, application, window, address and element: their label, keys and feature are made
        // once (rendering is pure once every text has been observed), which keeps the allocation per event small.
        var described = new Dictionary<(string Kind, string? App, string Window, string? Url, string Element), Described>();
        var features = new Dictionary<(string Kind, string? App, string Window, string? Url, string Element, string? Role), string>();
        var labels = new List<string>();
        var steps = new List<StepName>();
        var labelIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var actions = new List<RecognizedAction>(order.Count);
        var pending = new List<int>();
        var copyWindow = options.CopyPairWindow.Ticks / 10;
        var flicker = options.FlickerWindow.Ticks / 10;
        string? lastLabel = null;
        long lastTs = long.MinValue;

        // Each event is fetched once here (a store may make it anew on every fetch): the next one becomes the current one.
        var upcoming = order.Count > 0 ? events[order[0]] : null;
        for (var k = 0; k < order.Count; k++)
        {
            var e = upcoming!;
            var next = upcoming = k + 1 < order.Count ? events[order[k + 1]] : null;
            var ts = e.Ts ?? 0;
            if (next is not null && IsRedundantBefore(e, next, copyWindow, flicker))
            {
                pending.Add(order[k]);
                continue;
            }

            // A copy inherits the context of the selection folded into it, so "copy" from the clipboard
            // source still says which cell or field was copied.
            var context = pending.Count > 0 && IsCopy(e) ? events[pending[^1]] : e;
            var kind = KindOf(e);
            var describeKey = (kind, context.App, Window(context), context.Url, Element(context));
            if (!described.TryGetValue(describeKey, out var d))
                described[describeKey] = d = new Described(Describe(kind, context, MinerOf(miners, context.App), options));
            var (label, keys, keyContexts, parts) = d.Value;
            pending.Add(order[k]);

            var isBurst = lastLabel == label && (IsTextEntry(e) || ts == lastTs) && actions.Count > 0;
            if (isBurst)
            {
                // Events is the List<int> built below: appending keeps long key bursts linear.
                var prev = actions[^1];
                ((List<int>)prev.Events).AddRange(pending);
                actions[^1] = prev with { Ts = ts };
            }
            else
            {
                if (!labelIds.TryGetValue(label, out var id))
                {
                    id = labels.Count;
                    labels.Add(label);
                    // A label's step name is made once, from its first action (names follow the label's parts).
                    steps.Add(StepNamer.Name(kind, context, parts.Window, parts.Url, parts.Element));
                    labelIds[label] = id;
                }
                var featureKey = (kind, context.App, Window(context), context.Url, Element(context), context.TargetRole);
                if (!features.TryGetValue(featureKey, out var feature))
                    features[featureKey] = feature = Feature(kind, context);
                actions.Add(new RecognizedAction(id, new List<int>(pending), ts, context.App ?? "", keys, feature, keyContexts));
            }
            pending.Clear();
            lastLabel = label;
            lastTs = ts;
        }
        if (pending.Count > 0 && actions.Count > 0)
            ((List<int>)actions[^1].Events).AddRange(pending);
        else if (pending.Count > 0)
        {
            labels.Add("redundant");
            steps.Add(new StepName("", "", "other", "", false, []));
            actions.Add(new RecognizedAction(labels.Count - 1, [.. pending], events[pending[^1]].Ts ?? 0, "", []));
        }
        return (actions, labels, steps);
    }

    // What Describe gives for one combination of kind, application, window, address and element; shared read-only.
    private sealed record Described((string Label, IReadOnlyList<string> Keys, IReadOnlyList<string> KeyContexts, (string Window, string Url, string Element) Parts) Value);

    private static TemplateMiner MinerOf(Dictionary<string, TemplateMiner> miners, string? app)
    {
        var key = app ?? "";
        if (!miners.TryGetValue(key, out var miner))
            miners[key] = miner = new TemplateMiner();
        return miner;
    }

    private static bool IsRedundantBefore(UiEvent e, UiEvent next, long copyWindow, long flicker)
    {
        var gap = (next.Ts ?? 0) - (e.Ts ?? 0);
        if (e.Kind == EventKinds.AppSwitch && next.Kind == EventKinds.AppSwitch && gap <= flicker)
            return true;
        if (IsCopy(next) && !IsCopy(e) && !IsPaste(e) && !string.IsNullOrEmpty(e.Value)
            && e.Value == next.Value && gap <= copyWindow)
            return true;
        return IsClick(e) && (IsTextEntry(next) || IsPaste(next)) && Element(e).Length > 0
            && Element(e) == Element(next) && e.App == next.App;
    }

    private static (string Label, IReadOnlyList<string> Keys, IReadOnlyList<string> KeyContexts, (string Window, string Url, string Element) Parts) Describe(
        string kind, UiEvent e, TemplateMiner miner, RecognitionOptions o)
    {
        var keys = new List<string>();
        var contexts = new List<string>();
        var window = Render(" [", Window(e));
        var url = Render(" <", e.Url);
        var element = Render(" '", Element(e));
        // One string for the label: most labels are made once, so the parts are not concatenated one by one.
        var label = $"{kind} {e.App}{(window is null ? "" : " [")}{window}{(window is null ? "" : "]")}{(url is null ? "" : " <")}{url}{(url is null ? "" : ">")}{(element is null ? "" : " '")}{element}{(element is null ? "" : "'")}";
        return (label, keys, contexts, (window ?? "", url ?? "", element ?? ""));

        // The rendered template of a part, or null when the event has no such text.
        string? Render(string open, string? text)
        {
            if (string.IsNullOrEmpty(text))
                return null;
            var (t, vars) = miner.Render(text, o.MinVariableValues, o.MinVariableShare);
            keys.AddRange(vars);
            if (vars.Count > 0)
            {
                var context = e.App + open;
                for (var i = 0; i < vars.Count; i++)
                    contexts.Add(context);
            }
            return t;
        }
    }

    // The screen and element an action touched, with everything that varies between instances removed: the
    // address's host and first path word (or the title's first two words), and the element's name unless it
    // carries a number (then its role). Same-type instances share these even when titles name other vendors.
    internal static string Feature(string kind, UiEvent e)
    {
        var screen = !string.IsNullOrEmpty(e.Url) ? UrlScreen(e.Url) : Words(Window(e), 2);
        var element = Element(e);
        var target = element.Any(char.IsAsciiDigit) ? "(" + (e.TargetRole ?? "") + ")" : Words(element, 3);
        return kind + " " + (e.App ?? "") + " [" + screen + "] '" + target + "'";
    }

    private static string UrlScreen(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url[(start + 3)..] : url;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return rest;
        var path = rest[(slash + 1)..];
        var end = path.IndexOfAny(['/', '?', '#']);
        var first = end < 0 ? path : path[..end];
        return rest[..slash] + "/" + (first.Any(char.IsAsciiDigit) ? "" : first);
    }

    private static string Words(string? text, int count)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var words = new List<string>(count);
        var i = 0;
        while (i < text.Length && words.Count < count)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            words.Add(text[start..i]);
        }
        return string.Join(' ', words);
    }

    internal static string KindOf(UiEvent e) =>
        e.Attrs is { } a && a.TryGetValue(EventTypeAttribute, out var t) && t.Length > 0 ? t
        : e.Kind == EventKinds.Activity && !string.IsNullOrEmpty(e.Activity) ? e.Activity : e.Kind;

    // Spreadsheet loggers name the sheet rather than a window title.
    internal static string Window(UiEvent e) =>
        !string.IsNullOrEmpty(e.Window) ? e.Window : e.Attrs?.GetValueOrDefault(SheetAttribute) ?? "";

    internal static string Element(UiEvent e) =>
        !string.IsNullOrEmpty(e.TargetName) ? e.TargetName : e.TargetId ?? "";

    private static bool IsCopy(UiEvent e) =>
        e.Kind == EventKinds.Copy || KindOf(e).StartsWith("copy", StringComparison.OrdinalIgnoreCase);

    private static bool IsPaste(UiEvent e) =>
        e.Kind == EventKinds.Paste || KindOf(e).StartsWith("paste", StringComparison.OrdinalIgnoreCase);

    private static bool IsClick(UiEvent e) =>
        e.Kind == EventKinds.Click || KindOf(e).StartsWith("click", StringComparison.OrdinalIgnoreCase);

    private static bool IsTextEntry(UiEvent e) =>
        e.Kind == EventKinds.TextInput
        || KindOf(e) is "editField" or "insertValue" or "typeText" or "type";
}
