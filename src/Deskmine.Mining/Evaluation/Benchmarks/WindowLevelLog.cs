using Deskmine.Core.Events;

namespace Deskmine.Mining.Evaluation.Benchmarks;

/// <summary>
/// What a window tracker (ActivityWatch's window and web watchers, time trackers) would have recorded of a
/// click-level stream: per person, one focus interval for each run of events in the same application, window title
/// and address, with no clicks, keys or elements. Used to measure recognition on window-level logs against the
/// click-level log's truth.
/// </summary>
public static class WindowLevelLog
{
    /// <summary>
    /// Projects <paramref name="events"/> (any order; grouped by <see cref="UiEvent.User"/>, falling back to the
    /// session) to focus intervals. Each interval is an <see cref="EventKinds.AppSwitch"/> event that starts at the
    /// run's first event and lasts until the next interval of the same person starts (the last one until its own
    /// last event). Idle events stay idle intervals. The returned <c>Origin</c> is the index, in
    /// <paramref name="events"/>, of the event each interval starts at, so its truth can be looked up.
    /// </summary>
    public static (IReadOnlyList<UiEvent> Events, IReadOnlyList<int> Origin) Project(IReadOnlyList<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var projected = new List<UiEvent>();
        var origin = new List<int>();
        var byPerson = Enumerable.Range(0, events.Count)
            .GroupBy(i => events[i].User ?? events[i].Session, StringComparer.Ordinal);
        foreach (var person in byPerson)
        {
            var order = person.OrderBy(i => events[i].Ts ?? 0).ThenBy(i => events[i].Seq).ToList();
            var runStart = -1;
            long lastTs = 0;
            for (var k = 0; k < order.Count; k++)
            {
                var e = events[order[k]];
                if (runStart < 0 || !SameFocus(events[order[runStart]], e))
                {
                    if (runStart >= 0)
                        Close(events[order[runStart]], order[runStart], e.Ts ?? lastTs);
                    runStart = k;
                }
                lastTs = e.Ts ?? lastTs;
            }
            if (runStart >= 0)
                Close(events[order[runStart]], order[runStart], lastTs);
        }
        return (projected, origin);

        void Close(UiEvent first, int index, long end)
        {
            var start = first.Ts ?? end;
            projected.Add(new UiEvent
            {
                Id = first.Id,
                Session = first.Session,
                Seq = projected.Count,
                Ts = start,
                Duration = Math.Max(0, end - start),
                User = first.User,
                Machine = first.Machine,
                Team = first.Team,
                Source = "window",
                Kind = first.Kind == EventKinds.Idle ? EventKinds.Idle : EventKinds.AppSwitch,
                App = first.App,
                Window = first.Window,
                Url = first.Url,
            });
            origin.Add(index);
        }
    }

    private static bool SameFocus(UiEvent a, UiEvent b) =>
        (a.Kind == EventKinds.Idle) == (b.Kind == EventKinds.Idle)
        && string.Equals(a.App, b.App, StringComparison.Ordinal)
        && string.Equals(a.Window, b.Window, StringComparison.Ordinal)
        && string.Equals(a.Url, b.Url, StringComparison.Ordinal);
}
