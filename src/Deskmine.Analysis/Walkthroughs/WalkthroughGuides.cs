using Deskmine.Analysis.Guides;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;

namespace Deskmine.Analysis.Walkthroughs;

/// <summary>
/// Turns the events of one walkthrough into a step-by-step guide. Nothing new names the steps: recognition
/// (<see cref="TaskRecognizer"/>) abstracts the events into actions with readable step names, exactly as it does for
/// mined work (so a walkthrough's steps and mined steps compare by name), and the task guides
/// (<see cref="TaskGuides"/>) describe each step — application, screen, element, action, placeholder, data moved
/// between applications (<see cref="DataTransfers"/>), handling time — from the walkthrough read as one task instance.
/// Pure: events in, a guide out.
/// </summary>
public static class WalkthroughGuides
{
    /// <summary>
    /// The guide to the walkthrough <paramref name="name"/> recorded as <paramref name="events"/>, ordered inside by
    /// time and then <c>seq</c>: <c>seq</c> is the order in which the sources' events reached the file, and a
    /// button's click (read from the X server) can arrive after the form submit it caused (sent by the browser).
    /// </summary>
    public static WalkthroughGuide Build(string name, IReadOnlyList<UiEvent> events, GuideOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(events);
        options ??= GuideOptions.Default;
        var ordered = events.OrderBy(e => e.Ts).ThenBy(e => e.Seq).ToArray();
        if (ordered.Length == 0)
            return new WalkthroughGuide(name, [], 0, 0, []);
        var recognition = TaskRecognizer.Recognize(ordered);
        var log = new WorkLog
        {
            Events = ordered,
            InstanceOfEvent = new int[ordered.Length],
            StepOfEvent = [.. recognition.StepNameOfEvent.Select(s => string.IsNullOrEmpty(s) ? null : s)],
            TaskTypes = [new WorkTaskType("walkthrough", name, Applications(ordered))],
            Instances = [new WorkInstance("walkthrough", 0, ordered[0].User ?? "", ordered[0].Team, null, [.. Enumerable.Range(0, ordered.Length)])],
        };
        var analysis = TaskGuides.Analyse(log, 0, DataTransfers.Find(log), options);
        var occurrences = analysis.MainOccurrences.Count > 0 ? analysis.MainOccurrences[0] : [];
        // Process names (saplogon.exe) read as recognition names the applications in step names (SAP).
        var readable = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var detail in analysis.Guide.Steps)
        {
            if (detail.Application is { } raw && WalkthroughTitles.App(detail.StepName) is { Length: > 0 } app)
                readable.TryAdd(raw, app);
        }
        string Readable(string? raw) => raw is not null && readable.TryGetValue(raw, out var app) ? app : raw ?? "";
        var steps = new List<WalkthroughStep>(occurrences.Count);
        foreach (var detail in analysis.Guide.Steps)
        {
            var occurrence = occurrences[detail.Number - 1];
            var (action, context) = StepDescriber.Pick(log, occurrence);
            var title = WalkthroughTitles.Generate(detail, detail.StepName);
            var shown = detail with
            {
                Application = detail.Application is null ? null : Readable(detail.Application),
                Data = [.. detail.Data.Select(d => d with { OtherApplication = Readable(d.OtherApplication) })],
            };
            steps.Add(new WalkthroughStep(
                detail.Number, detail.StepName, title, title, shown, WalkthroughTitles.Placeholder(detail), occurrence.HandlingMicros,
                Shot(log, occurrence, action), context.App ?? action.App));
        }
        return new WalkthroughGuide(
            name, steps, analysis.Guide.Summary.MedianHandlingMicros, analysis.Guide.Summary.MedianElapsedMicros, Applications(ordered));
    }

    // The screenshot taken for the step's action event; else the latest one among the step's events (a click on a
    // field folded into the typing that follows it carries the picture of that field).
    private static WalkthroughShot? Shot(WorkLog log, StepOccurrence occurrence, UiEvent action)
    {
        var candidates = new[] { action }.Concat(occurrence.Events.Reverse().Select(i => log.Events[i]));
        foreach (var e in candidates)
        {
            var attrs = e.Attrs;
            if (attrs is null)
                continue;
            var path = attrs.GetValueOrDefault("screenshot");
            var dropped = attrs.GetValueOrDefault("shot_dropped");
            if (string.IsNullOrEmpty(path) && string.IsNullOrEmpty(dropped))
                continue;
            var x = Int(attrs, "shot_x");
            var y = Int(attrs, "shot_y");
            int? clickX = e.X is { } ex && x is { } sx ? ex - sx : null;
            int? clickY = e.Y is { } ey && y is { } sy ? ey - sy : null;
            return new WalkthroughShot(string.IsNullOrEmpty(path) ? null : path, Int(attrs, "shot_w"), Int(attrs, "shot_h"), clickX, clickY,
                string.IsNullOrEmpty(dropped) ? null : dropped);
        }
        return null;
    }

    private static int? Int(IReadOnlyDictionary<string, string> attrs, string key) =>
        attrs.TryGetValue(key, out var text) && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : null;

    private static List<string> Applications(IEnumerable<UiEvent> events) =>
        [.. events.Select(e => e.App).OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)];
}
