using Deskmine.Core.Events;

namespace Deskmine.Mining.Evaluation;

/// <summary>
/// Aligns ground truth kept in a separate reference log (Leno et al.'s <c>*_segmented.csv</c>, whose rows are a
/// cleaned copy of the raw recording) with the raw events: a reference row matches the raw event with the same
/// timestamp, preferring one with the same original event type when a timestamp repeats. Raw events without a
/// match were removed by the reference as redundant and get no truth.
/// </summary>
public static class TruthMatcher
{
    /// <summary>The reference's <paramref name="attribute"/> (e.g. <c>caseID</c>) per event of <paramref name="events"/>, or <c>null</c>.</summary>
    /// <param name="events">The raw events, as recognition sees them.</param>
    /// <param name="reference">The reference log's events, carrying the truth in <c>Attrs[attribute]</c>.</param>
    /// <param name="attribute">Attribute holding the true instance.</param>
    public static string?[] ByTimestamp(IReadOnlyList<UiEvent> events, IEnumerable<UiEvent> reference, string attribute = "caseID")
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(reference);
        var truth = new string?[events.Count];
        var byTs = new Dictionary<long, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Ts is not { } ts)
                continue;
            if (!byTs.TryGetValue(ts, out var list))
                byTs[ts] = list = [];
            list.Add(i);
        }
        foreach (var r in reference)
        {
            if (r.Ts is not { } ts || !byTs.TryGetValue(ts, out var candidates) || r.Attrs?.GetValueOrDefault(attribute) is not { } value)
                continue;
            var type = EventType(r);
            var pick = -1;
            foreach (var k in candidates)
            {
                if (truth[k] is not null)
                    continue;
                if (EventType(events[k]) == type)
                {
                    pick = k;
                    break;
                }
                if (pick < 0)
                    pick = k;
            }
            if (pick >= 0)
                truth[pick] = value;
        }
        return truth;
    }

    private static string EventType(UiEvent e) => e.Attrs?.GetValueOrDefault("eventType") ?? e.Kind;
}
