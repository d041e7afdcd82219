using Deskmine.Core.Events;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Activity recognition in one call: each person's events are abstracted into labelled actions, cut into task
/// instances, the instances of everyone grouped into named task types, and business-object ids attached as case
/// ids. Pure and deterministic: the same events and options give the same result, and one person's segments do not
/// depend on anyone else's events.
/// </summary>
public static class TaskRecognizer
{
    /// <summary>Recognises tasks in <paramref name="events"/> (any order; ordered by time per person inside).</summary>
    /// <param name="events">The events of one or more people.</param>
    /// <param name="options">Settings; <see cref="RecognitionOptions.Default"/> when <c>null</c>.</param>
    /// <param name="rules">Labelling rules (rename, merge, split of task types) to apply, in order.</param>
    public static RecognitionResult Recognize(
        IReadOnlyList<UiEvent> events, RecognitionOptions? options = null, IReadOnlyList<TaskTypeRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        options ??= RecognitionOptions.Default;
        options.Validate();

        var userOf = EffectiveUsers(events);
        var users = Enumerable.Range(0, events.Count)
            .GroupBy(i => userOf[i], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (User: g.Key, Order: g.OrderBy(i => events[i].Ts ?? 0).ThenBy(i => i).ToArray()))
            .ToArray();
        var perUser = new UserResult[users.Length];
        Parallel.For(0, users.Length, u =>
        {
            var (actions, labels, steps) = ActionAbstractor.Abstract(events, users[u].Order, options);
            var (segOfAction, caseIds) = Segmenter.Segment(actions, labels.Count, options);
            perUser[u] = new UserResult(actions, labels, steps, segOfAction, caseIds);
        });

        var valueWords = ValueWords(perUser);
        var segOfEvent = new int[events.Count];
        var labelOfEvent = new string[events.Count];
        var stepOfEvent = new string[events.Count];
        var stepOfLabel = new Dictionary<string, StepName>(StringComparer.Ordinal);
        var redundant = new bool[events.Count];
        var segLabels = new List<IReadOnlyList<string>>();
        var segApps = new List<IReadOnlyList<string>>();
        var segFeatures = new List<IReadOnlyList<string>>();
        var segInfo = new List<(string User, string? CaseId, long? Start, long? End, int Count)>();
        var suspensions = new List<TaskSuspension>();
        for (var u = 0; u < users.Length; u++)
        {
            var r = perUser[u];
            var offset = segLabels.Count;
            suspensions.AddRange(Suspensions(r, offset));
            for (var s = 0; s < r.CaseIds.Count; s++)
            {
                segLabels.Add(new List<string>());
                segApps.Add(new List<string>());
                segFeatures.Add(new List<string>());
                segInfo.Add((users[u].User, r.CaseIds[s], null, null, 0));
            }
            for (var a = 0; a < r.Actions.Count; a++)
            {
                var action = r.Actions[a];
                var s = r.SegmentOfAction[a] < 0 ? -1 : r.SegmentOfAction[a] + offset;
                var label = r.Labels[action.Label];
                var step = r.Steps[action.Label].Without(valueWords);
                stepOfLabel.TryAdd(label, step);
                var stepText = step.Text;
                for (var k = 0; k < action.Events.Count; k++)
                {
                    var e = action.Events[k];
                    segOfEvent[e] = s;
                    labelOfEvent[e] = label;
                    stepOfEvent[e] = stepText;
                    redundant[e] = k < action.Events.Count - 1;
                }
                if (s < 0)
                    continue;
                ((List<string>)segLabels[s]).Add(label);
                ((List<string>)segApps[s]).Add(action.App);
                ((List<string>)segFeatures[s]).Add(action.Feature);
                var info = segInfo[s];
                var first = events[action.Events[0]].Ts;
                segInfo[s] = info with
                {
                    Start = info.Start is { } st && first is { } f ? Math.Min(st, f) : info.Start ?? first,
                    End = info.End is { } en ? Math.Max(en, action.Ts) : action.Ts,
                    Count = info.Count + action.Events.Count,
                };
            }
        }

        var typeOfSegment = TaskTypeDiscovery.Discover(segFeatures, options);
        var (types, finalType) = TaskTypeRules.Build(typeOfSegment, segLabels, segApps, rules ?? [], stepOfLabel);
        var segments = segInfo.Select((x, s) => new RecognizedSegment(
            s, x.User, finalType[s], x.CaseId, x.Start, x.End, x.Count, segLabels[s])).ToArray();
        var typeOfEvent = segOfEvent.Select(s => s < 0 ? -1 : finalType[s]).ToArray();
        return new RecognitionResult
        {
            SegmentOfEvent = segOfEvent,
            TaskTypeOfEvent = typeOfEvent,
            ActionLabelOfEvent = labelOfEvent,
            StepNameOfEvent = stepOfEvent,
            RedundantEvent = redundant,
            Segments = segments,
            Suspensions = suspensions,
            TaskTypes = types,
        };
    }

    // An instance whose actions come back after another instance's (noise aside) was suspended and resumed.
    private static IEnumerable<TaskSuspension> Suspensions(UserResult r, int offset)
    {
        var lastTs = new Dictionary<int, long>();
        var previous = -1;
        foreach (var (action, s) in r.Actions.Zip(r.SegmentOfAction))
        {
            if (s < 0)
                continue;
            if (s != previous && previous >= 0 && lastTs.TryGetValue(s, out var left))
                yield return new TaskSuspension(s + offset, left == 0 ? null : left, action.Ts == 0 ? null : action.Ts, previous + offset);
            lastTs[s] = action.Ts;
            previous = s;
        }
    }

    // Words of recorded values (the variable parts of templates: names, companies, ids) anywhere in the run. A word
    // seen as a value is record data and stays out of step and task-type names, even where a template kept it.
    private static HashSet<string> ValueWords(UserResult[] perUser)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in perUser)
            foreach (var a in r.Actions)
                foreach (var k in a.Keys)
                    if (values.Add(k))
                        words.UnionWith(ReadableText.Words(k));
        return words;
    }

    // Action Logger leaves the user empty on clipboard rows: such an event belongs to the person of the
    // previous event of the same session (file), not to a stream of its own.
    private static string[] EffectiveUsers(IReadOnlyList<UiEvent> events)
    {
        var users = new string[events.Count];
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!string.IsNullOrEmpty(e.User))
            {
                users[i] = e.User;
                last[e.Session] = e.User;
            }
            else
            {
                users[i] = last.GetValueOrDefault(e.Session) ?? "";
            }
        }
        return users;
    }

    private sealed record UserResult(
        List<RecognizedAction> Actions, List<string> Labels, List<StepName> Steps, int[] SegmentOfAction, List<string?> CaseIds);
}
