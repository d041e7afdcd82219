using System.Text.RegularExpressions;
using Deskmine.Analysis.Guides;

namespace Deskmine.Analysis.Automation;

/// <summary>
/// Plans the script from the guide's main variant. Browser steps become Playwright calls: the first page and every
/// explicit navigation are opened with <c>goto</c>; a page change after a click or submit is awaited with
/// <c>waitForURL</c>; typed, pasted and chosen values become parameters (one per field: a paste and the edit after
/// it fill one parameter); clicks on a text field right before it is filled are left out (filling focuses it).
/// Desktop steps and browser steps without an element stay comments that point at steps.md.
/// </summary>
internal static partial class StarterPlanner
{
    public static StarterPlan Plan(GuideAnalysis analysis, StarterOptions options)
    {
        var guide = analysis.Guide;
        var browserApps = new HashSet<string>(options.BrowserApplications, StringComparer.OrdinalIgnoreCase);
        var actions = new List<BrowserAction>();
        var parameters = new List<StarterParameter>();
        var parameterSteps = new List<List<int>>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var browserSteps = new List<int>();
        var desktopSteps = new List<int>();
        string? page = null;

        var isBrowser = guide.Steps.Select((s, i) => analysis.Shapes[i].IsBrowser || s.Application is { } a && browserApps.Contains(a)).ToArray();
        for (var i = 0; i < guide.Steps.Count; i++)
        {
            var step = guide.Steps[i];
            if (!isBrowser[i])
            {
                desktopSteps.Add(step.Number);
                actions.Add(Note(step, $"desktop step in {step.Application ?? "another application"}, see steps.md"));
                continue;
            }
            browserSteps.Add(step.Number);
            var last = actions.LastOrDefault(a => a.Kind != BrowserActionKind.Note);
            if (step.Action == GuideAction.Open)
            {
                if (step.Url is { } address)
                {
                    actions.Add(new BrowserAction(step.Number, BrowserActionKind.Goto, step.Description, Address(address, step), null));
                    page = address;
                }
                else
                    actions.Add(Note(step, "the script keeps working in one page"));
                continue;
            }
            if (step.Action == GuideAction.Submit)
            {
                if (last?.Kind is not (BrowserActionKind.Click or BrowserActionKind.Press))
                    actions.Add(new BrowserAction(step.Number, BrowserActionKind.Submit, step.Description, null, null));
                if (step.Url is { } target && target != page)
                {
                    actions.Add(new BrowserAction(step.Number, BrowserActionKind.WaitForUrl, "the form's answer page", PathPattern(target), null));
                    page = target;
                }
                continue;
            }
            if (step.Url is { } url && url != page)
            {
                var followsClick = page is not null && last?.Kind is BrowserActionKind.Click or BrowserActionKind.Press or BrowserActionKind.Submit;
                actions.Add(followsClick
                    ? new BrowserAction(step.Number, BrowserActionKind.WaitForUrl, "the page the recording reached", PathPattern(url), null)
                    : new BrowserAction(step.Number, BrowserActionKind.Goto, "open the page of this step", Address(url, step), null));
                page = url;
            }
            var entersValue = step.Action is GuideAction.Type or GuideAction.Paste or GuideAction.Choose;
            var selector = Selectors.For(step.Element, entersValue);
            switch (step.Action)
            {
                case GuideAction.Type or GuideAction.Paste or GuideAction.Choose when selector is not null:
                    var p = Parameter(step, selector);
                    parameterSteps[p].Add(step.Number);
                    var kind = step.Action == GuideAction.Choose || StepDescriber.IsList(step.Element) ? BrowserActionKind.Select : BrowserActionKind.Fill;
                    if (last is { } l && l.Kind == kind && l.Target == selector.Code && l.Parameter == parameters[p].Name)
                        actions.Add(Note(step, "filled above"));
                    else
                        actions.Add(new BrowserAction(step.Number, kind, step.Description, selector.Code, parameters[p].Name));
                    break;
                case GuideAction.Click or GuideAction.DoubleClick or GuideAction.RightClick when selector is not null:
                    if (step.Action == GuideAction.Click && Selectors.IsTextField(step.Element) && FilledNext(i, selector))
                    {
                        actions.Add(Note(step, "filling the field below focuses it"));
                        break;
                    }
                    var click = step.Action switch
                    {
                        GuideAction.DoubleClick => BrowserActionKind.DoubleClick,
                        GuideAction.RightClick => BrowserActionKind.RightClick,
                        _ => BrowserActionKind.Click,
                    };
                    actions.Add(new BrowserAction(step.Number, click, step.Description, selector.Code, null));
                    break;
                case GuideAction.Shortcut or GuideAction.Key when step.Description.StartsWith("Press ", StringComparison.Ordinal) && step.Description != "Press a key":
                    actions.Add(new BrowserAction(step.Number, BrowserActionKind.Press, step.Description, Keys(step.Description["Press ".Length..]), null));
                    break;
                default:
                    actions.Add(Note(step, selector is null && step.Element.Label is null ? "no element was recorded; complete by hand" : "nothing to do in the page"));
                    break;
            }
        }
        return new StarterPlan(analysis, actions, parameters, parameterSteps, browserSteps, desktopSteps);

        bool FilledNext(int index, PageSelector selector)
        {
            for (var k = index + 1; k < guide.Steps.Count && isBrowser[k]; k++)
            {
                var next = guide.Steps[k];
                if (next.Action is GuideAction.Type or GuideAction.Paste or GuideAction.Choose)
                    return Selectors.For(next.Element, entersValue: true)?.Code == selector.Code;
                if (next.Action is not (GuideAction.Wait or GuideAction.Scroll))
                    return false;
            }
            return false;
        }

        int Parameter(GuideStep step, PageSelector selector)
        {
            if (byKey.TryGetValue(selector.Code, out var known))
            {
                AddSources(known, step);
                return known;
            }
            var field = step.Element.Label ?? selector.Code;
            var name = Unique(TsText.Identifier(field, "field"));
            byKey[selector.Code] = parameters.Count;
            parameters.Add(new StarterParameter(name, field, selector.Code, [], StepDescriber.Placeholder(field)));
            parameterSteps.Add([]);
            AddSources(parameters.Count - 1, step);
            return parameters.Count - 1;
        }

        void AddSources(int index, GuideStep step)
        {
            var sources = step.Data.Where(d => d.Direction == GuideFlowDirection.In).Select(d => $"{d.OtherApplication} '{d.OtherField}'");
            parameters[index] = parameters[index] with { Sources = [.. parameters[index].Sources.Concat(sources).Distinct(StringComparer.Ordinal)] };
        }

        // An address with placeholders (<num>) takes each placeholder's value from a parameter of its own.
        string Address(string recorded, GuideStep step)
        {
            var parts = new List<string>();
            var at = 0;
            foreach (Match m in Placeholder().Matches(recorded))
            {
                if (m.Index > at)
                    parts.Add(TsText.Literal(recorded[at..m.Index]));
                var key = "url:" + m.Value;
                if (!byKey.TryGetValue(key, out var p))
                {
                    p = parameters.Count;
                    byKey[key] = p;
                    parameters.Add(new StarterParameter(Unique(TsText.Identifier("url " + m.Value, "url")), m.Value, null, [], m.Value));
                    parameterSteps.Add([]);
                }
                parameterSteps[p].Add(step.Number);
                parts.Add("data." + parameters[p].Name);
                at = m.Index + m.Length;
            }
            if (at < recorded.Length || parts.Count == 0)
                parts.Add(TsText.Literal(recorded[at..]));
            return "url(" + string.Join(" + ", parts) + ")";
        }

        string Unique(string name)
        {
            var candidate = name;
            for (var n = 2; parameters.Any(x => x.Name == candidate); n++)
                candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }
    }

    private static BrowserAction Note(GuideStep step, string why) =>
        new(step.Number, BrowserActionKind.Note, step.Description + " (" + why + ")", null, null);

    /// <summary>
    /// A regular-expression source for the path of <paramref name="address"/>, any host (the run may use another
    /// base address), placeholders matching one path segment, any query.
    /// </summary>
    internal static string PathPattern(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? address[(scheme + 3)..] : address;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var path = slash >= 0 ? rest[slash..] : "/";
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
            path = path[..end];
        var pattern = string.Join("[^/]+", Placeholder().Split(path).Select(TsText.RegexEscape));
        return "^[a-z][a-z0-9+.\\-]*:\\/\\/[^\\/]+" + pattern + "(?:[?#].*)?$";
    }

    // Recorders write ctrl+s, Esc, Return; Playwright wants Control+s, Escape, Enter.
    private static string Keys(string recorded) => string.Join('+', recorded.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(k => k.ToLowerInvariant() switch
    {
        "ctrl" or "control" => "Control",
        "alt" => "Alt",
        "shift" => "Shift",
        "super" or "meta" or "win" or "cmd" => "Meta",
        "esc" or "escape" => "Escape",
        "return" or "enter" => "Enter",
        "del" or "delete" => "Delete",
        "pgup" or "pageup" => "PageUp",
        "pgdn" or "pagedown" => "PageDown",
        _ when k.Length == 1 => k.ToLowerInvariant(),
        _ => char.ToUpperInvariant(k[0]) + k[1..],
    }));

    [GeneratedRegex(@"<[^<>\s]+>")]
    private static partial Regex Placeholder();
}
