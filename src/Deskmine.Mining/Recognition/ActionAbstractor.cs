using System.Buffers;
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

    /// <summary>Abstracts the <paramref name="events"/> (in time order) of one person.</summary>
    public static (List<RecognizedAction> Actions, List<string> Labels, List<StepName> Steps) Abstract(
        IReadOnlyList<UiEvent> events, RecognitionOptions options)
    {
        var input = ActionInput.Read(events);
        // One template miner per application: a button "B2" of a web form and a cell "B2" of a spreadsheet are
        // different things, and pooling them would make the few buttons look like a variable row number. Each place's
        // texts are observed in the order places first appear, once for every event there: what observing every
        // event's texts in turn would learn, since only a text's first observation shapes the templates.
        var miners = new Dictionary<string, TemplateMiner>(StringComparer.Ordinal);
        foreach (var p in input.Places)
        {
            var miner = MinerOf(miners, p.App);
            miner.Observe(p.Window, p.Count);
            miner.Observe(p.Url ?? "", p.Count);
            miner.Observe(p.Element, p.Count);
        }

        // Every place's templates are rendered once the miners have seen every text (rendering is pure from then on);
        // the miners, which hold every distinct text's tokens, are then let go. Many events share kind and place:
        // their label is made once, and their feature once per role, which keeps the allocation per event small.
        // Labels, features and key contexts repeat across places (every invoice's window gives the same template),
        // so each distinct one is one string of the pool.
        var pool = new TextPool();
        var rendered = Render(input.Places, miners, options, pool);
        miners.Clear();
        var described = new Dictionary<(int Kind, int Place), Described>();
        var labels = new List<string>();
        var steps = new List<StepName>();
        var namer = new StepNamer();
        var labelIds = new Dictionary<string, int>(StringComparer.Ordinal);
        // Sized for one action per event at most: growing a stream-long list copies it several times on the large-object heap.
        var actions = new List<RecognizedAction>(events.Count);
        var copyWindow = options.CopyPairWindow.Ticks / 10;
        var flicker = options.FlickerWindow.Ticks / 10;
        var (flags, ts) = (input.Flags, input.Ts);
        string? lastLabel = null;
        long lastTs = long.MinValue;
        // The events from `pending` up to the current one are folded into the next action. The last action is kept
        // open (events `first` up to `end`), since a key burst extends it, and is added once the next one begins.
        var pending = 0;
        Described? open = null;
        int openFirst = 0, openEnd = 0;
        long? openStart = null;
        long openTs = 0;
        string openApp = "", openFeature = "";
        var n = input.Count;
        for (var k = 0; k < n; k++)
        {
            if (k + 1 < n && IsRedundantBefore(input, k, k + 1, copyWindow, flicker))
                continue;

            // A copy inherits the context of the selection folded into it, so "copy" from the clipboard
            // source still says which cell or field was copied.
            var context = pending < k && (flags[k] & ActionFlags.Copy) != 0 ? k - 1 : k;
            var place = input.Places[input.Place[context]];
            var kind = input.Text(input.Kind[k])!;
            if (!described.TryGetValue((input.Kind[k], input.Place[context]), out var d))
                described[(input.Kind[k], input.Place[context])] = d = Describe(kind, place.App, rendered[input.Place[context]], pool);
            var label = d.Label;

            var isBurst = lastLabel == label && ((flags[k] & ActionFlags.TextEntry) != 0 || ts[k] == lastTs) && open is not null;
            if (isBurst)
            {
                openEnd = k + 1;
                openTs = ts[k];
            }
            else
            {
                if (d.LabelId < 0 && !labelIds.TryGetValue(label, out d.LabelId))
                {
                    d.LabelId = labels.Count;
                    labels.Add(label);
                    // A label's step name is made once, from its first action (names follow the label's parts).
                    var parts = d.Place;
                    steps.Add(namer.Name(kind, place.App, input.Text(input.Role[context]), parts.Window ?? "", parts.Url ?? "", parts.Element ?? ""));
                    labelIds[label] = d.LabelId;
                }
                // Most kinds and places meet one role only: the feature made for the last role is kept.
                if (d.Feature is null || d.FeatureRole != input.Role[context])
                    (d.Feature, d.FeatureRole) = (Feature(kind, place, input.Text(input.Role[context]), pool), input.Role[context]);
                var feature = d.Feature;
                if (open is not null)
                    actions.Add(new RecognizedAction(open.LabelId, openFirst, openEnd - openFirst, openStart, openTs, openApp, open.Place.Keys, openFeature, open.Place.KeyContexts));
                (open, openFirst, openEnd, openStart, openTs, openApp, openFeature) =
                    (d, pending, k + 1, (flags[pending] & ActionFlags.HasTs) != 0 ? ts[pending] : null, ts[k], place.App ?? "", feature);
            }
            pending = k + 1;
            lastLabel = label;
            lastTs = ts[k];
        }
        if (pending < n && open is not null)
            openEnd = n;
        if (open is not null)
            actions.Add(new RecognizedAction(open.LabelId, openFirst, openEnd - openFirst, openStart, openTs, openApp, open.Place.Keys, openFeature, open.Place.KeyContexts));
        else if (pending < n)
        {
            labels.Add("redundant");
            steps.Add(new StepName("", "", "other", "", false, []));
            actions.Add(new RecognizedAction(labels.Count - 1, pending, n - pending, (flags[pending] & ActionFlags.HasTs) != 0 ? ts[pending] : null, ts[n - 1], "", [], "", null));
        }
        return (actions, labels, steps);
    }

    // What Describe gives for one combination of kind and place. LabelId is the label's number once an action has
    // taken it (-1 before), so that most actions find it without a lookup by text; Feature is the one last made, for
    // the role FeatureRole.
    private sealed class Described(string label, RenderedPlace place)
    {
        public string Label { get; } = label;
        public RenderedPlace Place { get; } = place;
        public int LabelId = -1;
        public string? Feature;
        public int FeatureRole;
    }

    // A place's window, address and element as templates (null where the place has no such text), and the values of
    // their variable parts with where each was seen; shared by every action at the place (the key lists are read only).
    private sealed record RenderedPlace(string? Window, string? Url, string? Element, IReadOnlyList<string> Keys, IReadOnlyList<string> KeyContexts);

    private static TemplateMiner MinerOf(Dictionary<string, TemplateMiner> miners, string? app)
    {
        var key = app ?? "";
        if (!miners.TryGetValue(key, out var miner))
            miners[key] = miner = new TemplateMiner();
        return miner;
    }

    private static bool IsRedundantBefore(ActionInput input, int e, int next, long copyWindow, long flicker)
    {
        var (f, g) = (input.Flags[e], input.Flags[next]);
        var gap = input.Ts[next] - input.Ts[e];
        if ((f & g & ActionFlags.AppSwitch) != 0 && gap <= flicker)
            return true;
        if ((g & ActionFlags.Copy) != 0 && (f & (ActionFlags.Copy | ActionFlags.Paste)) == 0 && !string.IsNullOrEmpty(input.Value[e])
            && input.Value[e] == input.Value[next] && gap <= copyWindow)
            return true;
        if ((f & ActionFlags.Click) == 0 || (g & (ActionFlags.TextEntry | ActionFlags.Paste)) == 0)
            return false;
        var (here, there) = (input.Places[input.Place[e]], input.Places[input.Place[next]]);
        return here.Element.Length > 0 && here.Element == there.Element && here.App == there.App;
    }

    private static RenderedPlace[] Render(List<ActionPlace> places, Dictionary<string, TemplateMiner> miners, RecognitionOptions o, TextPool pool)
    {
        var (keys, contexts) = (new List<string>(), new List<string>());
        var rendered = new RenderedPlace[places.Count];
        for (var p = 0; p < rendered.Length; p++)
        {
            var e = places[p];
            var miner = MinerOf(miners, e.App);
            keys.Clear();
            contexts.Clear();
            var window = Part(miner, e.App, " [", e.Window);
            var url = Part(miner, e.App, " <", e.Url);
            var element = Part(miner, e.App, " '", e.Element);
            rendered[p] = new RenderedPlace(window, url, element, keys.Count == 0 ? [] : keys.ToArray(), contexts.Count == 0 ? [] : contexts.ToArray());
        }
        return rendered;

        // The rendered template of a part, or null when the event has no such text; its variables' values go to keys,
        // with the application and part they were seen in to contexts.
        string? Part(TemplateMiner miner, string? app, string open, string? text)
        {
            if (string.IsNullOrEmpty(text))
                return null;
            var (t, vars) = miner.Render(text, o.MinVariableValues, o.MinVariableShare);
            keys.AddRange(vars);
            if (vars.Count > 0)
            {
                var context = pool.Append(app).Append(open).Take();
                for (var i = 0; i < vars.Count; i++)
                    contexts.Add(context);
            }
            return t;
        }
    }

    private static Described Describe(string kind, string? app, RenderedPlace place, TextPool pool)
    {
        pool.Append(kind).Append(' ').Append(app);
        if (place.Window is { } window)
            pool.Append(" [").Append(window).Append(']');
        if (place.Url is { } url)
            pool.Append(" <").Append(url).Append('>');
        if (place.Element is { } element)
            pool.Append(" '").Append(element).Append('\'');
        return new Described(pool.Take(), place);
    }

    // The screen and element an action touched, with everything that varies between instances removed: the
    // address's host and first path word (or the title's first two words), and the element's name unless it
    // carries a number (then its role). Same-type instances share these even when titles name other vendors.
    private static string Feature(string kind, ActionPlace e, string? role, TextPool pool)
    {
        pool.Append(kind).Append(' ').Append(e.App).Append(" [");
        if (!string.IsNullOrEmpty(e.Url))
            UrlScreen(pool, e.Url);
        else
            Words(pool, e.Window, 2);
        pool.Append("] '");
        if (e.Element.AsSpan().ContainsAny(Digits))
            pool.Append('(').Append(role).Append(')');
        else
            Words(pool, e.Element, 3);
        return pool.Append('\'').Take();
    }

    // Searched as a set rather than as a range: the generic range search boxed its bounds until the JIT had optimised
    // it (about 7 MB of boxed characters per person at 10 M events in a JIT build).
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static void UrlScreen(TextPool pool, string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url.AsSpan(start + 3) : url.AsSpan();
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            pool.Append(rest);
            return;
        }
        var path = rest[(slash + 1)..];
        var end = path.IndexOfAny('/', '?', '#');
        var first = end < 0 ? path : path[..end];
        pool.Append(rest[..slash]).Append('/').Append(first.ContainsAny(Digits) ? [] : first);
    }

    // The first count words (letter runs) of the text, separated by one space.
    private static void Words(TextPool pool, string? text, int count)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var written = 0;
        var i = 0;
        while (i < text.Length && written < count)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (written++ > 0)
                pool.Append(' ');
            pool.Append(text.AsSpan(start, i - start));
        }
    }

    internal static string KindOf(UiEvent e) =>
        e.Attrs is { } a && a.TryGetValue(EventTypeAttribute, out var t) && t.Length > 0 ? t
        : e.Kind == EventKinds.Activity && !string.IsNullOrEmpty(e.Activity) ? e.Activity : e.Kind;

    // Spreadsheet loggers name the sheet rather than a window title.
    internal static string Window(UiEvent e) =>
        !string.IsNullOrEmpty(e.Window) ? e.Window : e.Attrs?.GetValueOrDefault(SheetAttribute) ?? "";

    internal static string Element(UiEvent e) =>
        !string.IsNullOrEmpty(e.TargetName) ? e.TargetName : e.TargetId ?? "";
}
