using Deskmine.Core.Events;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// One person's stream after abstraction and segmentation, in a compact form: per event its segment and action label,
/// per segment its actions, and nothing of the raw events. Task types are found across people by a
/// <see cref="RecognitionBuilder"/>; this is what it keeps of each person, so memory grows with the segments and not
/// with the raw events.
/// </summary>
public sealed class PersonRecognition
{
    private PersonRecognition(string person, int[] segmentOfEvent, int[] labelOfEvent, bool[] redundant,
        List<string> labels, List<StepName> steps, LocalSegment[] segments, List<TaskSuspension> suspensions, HashSet<string> valueWords)
    {
        Person = person;
        SegmentOfEvent = segmentOfEvent;
        LabelOfEvent = labelOfEvent;
        Redundant = redundant;
        Labels = labels;
        Steps = steps;
        Segments = segments;
        Suspensions = suspensions;
        ValueWords = valueWords;
    }

    /// <summary>The person (pseudonym); empty when the events name none.</summary>
    public string Person { get; }

    /// <summary>Number of events of the stream.</summary>
    public int EventCount => SegmentOfEvent.Length;

    /// <summary>Number of task instances found in the stream.</summary>
    public int SegmentCount => Segments.Length;

    internal int[] SegmentOfEvent { get; }

    internal int[] LabelOfEvent { get; }

    internal bool[] Redundant { get; }

    internal List<string> Labels { get; }

    internal List<StepName> Steps { get; }

    internal LocalSegment[] Segments { get; }

    internal List<TaskSuspension> Suspensions { get; }

    internal HashSet<string> ValueWords { get; }

    /// <summary>
    /// The only keys of <see cref="UiEvent.Attrs"/> that recognition reads; a store may leave every other attribute out
    /// of the events it gives <see cref="Analyse"/>. Of the other fields, recognition reads the id, time, kind,
    /// application, window, address, the target's role, name and id, the value and the activity.
    /// </summary>
    public static IReadOnlyList<string> AttributeKeys { get; } = [ActionAbstractor.EventTypeAttribute, ActionAbstractor.SheetAttribute];

    /// <summary>
    /// Abstracts and segments one person's <paramref name="events"/>, which must be in the order of
    /// <see cref="EventPersons.Streams"/> (time, then stored order). Pure; people can be analysed in parallel.
    /// </summary>
    public static PersonRecognition Analyse(string person, IReadOnlyList<UiEvent> events, RecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(events);
        options ??= RecognitionOptions.Default;
        options.Validate();
        var (actions, labels, steps) = ActionAbstractor.Abstract(events, options);
        var (segOfAction, caseIds) = Segmenter.Segment(actions, labels.Count, options);

        var segOfEvent = new int[events.Count];
        var labelOfEvent = new int[events.Count];
        var redundant = new bool[events.Count];
        // Each segment's per-action arrays are made at their size, counted first: growing lists for every segment
        // allocated about twice what they kept, and copied it once more into the arrays.
        var sizes = new int[caseIds.Count];
        foreach (var s in segOfAction)
        {
            if (s >= 0)
                sizes[s]++;
        }
        var segments = new SegmentBuilder[caseIds.Count];
        for (var s = 0; s < segments.Length; s++)
            segments[s] = new SegmentBuilder(caseIds[s], sizes[s]);
        for (var a = 0; a < actions.Count; a++)
        {
            var action = actions[a];
            var s = segOfAction[a];
            var last = action.First + action.EventCount - 1;
            for (var e = action.First; e <= last; e++)
            {
                segOfEvent[e] = s < 0 ? -1 : s;
                labelOfEvent[e] = action.Label;
                redundant[e] = e < last;
            }
            if (s < 0)
                continue;
            var b = segments[s];
            b.Add(action);
            var first = action.Start;
            b.Start = b.Start is { } st && first is { } f ? Math.Min(st, f) : b.Start ?? first;
            b.End = b.End is { } en ? Math.Max(en, action.Ts) : action.Ts;
            b.Count += action.EventCount;
        }
        return new PersonRecognition(person, segOfEvent, labelOfEvent, redundant, labels, steps,
            [.. segments.Select(b => b.Build())], [.. FindSuspensions(actions, segOfAction)], FindValueWords(actions));
    }

    // An instance whose actions come back after another instance's (noise aside) was suspended and resumed. Segment
    // numbers are local to the stream until a builder adds it.
    private static IEnumerable<TaskSuspension> FindSuspensions(List<RecognizedAction> actions, int[] segOfAction)
    {
        var lastTs = new Dictionary<int, long>();
        var previous = -1;
        for (var a = 0; a < actions.Count; a++)
        {
            var (action, s) = (actions[a], segOfAction[a]);
            if (s < 0)
                continue;
            if (s != previous && previous >= 0 && lastTs.TryGetValue(s, out var left))
                yield return new TaskSuspension(s, left == 0 ? null : left, action.Ts == 0 ? null : action.Ts, previous);
            lastTs[s] = action.Ts;
            previous = s;
        }
    }

    // Words of recorded values (the variable parts of templates: names, companies, ids) in this stream. A word seen as
    // a value anywhere in the run is record data and stays out of step and task-type names, even where a template kept it.
    private static HashSet<string> FindValueWords(List<RecognizedAction> actions)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actions)
        {
            for (var k = 0; k < a.Keys.Count; k++)
            {
                if (values.Add(a.Keys[k]))
                    words.UnionWith(ReadableText.Words(a.Keys[k]));
            }
        }
        return words;
    }

    /// <summary>A segment of one stream: its case id, time span, event count and per action its label (local id), application and feature.</summary>
    internal sealed record LocalSegment(string? CaseId, long? Start, long? End, int Count, int[] Labels, string[] Apps, string[] Features);

    private sealed class SegmentBuilder(string? caseId, int actions)
    {
        private readonly int[] _labels = new int[actions];
        private readonly string[] _apps = new string[actions];
        private readonly string[] _features = new string[actions];
        private int _added;

        public long? Start { get; set; }
        public long? End { get; set; }
        public int Count { get; set; }

        public void Add(RecognizedAction action)
        {
            _labels[_added] = action.Label;
            _apps[_added] = action.App;
            _features[_added] = action.Feature;
            _added++;
        }

        public LocalSegment Build() => new(caseId, Start, End, Count, _labels, _apps, _features);
    }
}
