namespace Deskmine.Core.Events;

/// <summary>
/// Whose stream an event belongs to. Action Logger leaves the user empty on clipboard rows: such an event belongs to
/// the person of the previous event (in stored order) of the same session (file), not to a stream of its own; an
/// event with no such predecessor belongs to the person <c>""</c>.
/// </summary>
public static class EventPersons
{
    /// <summary>The person of every event of <paramref name="events"/> (in stored order), aligned with it.</summary>
    public static string[] Of(IReadOnlyList<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
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

    /// <summary>
    /// The events grouped by person (people in ordinal order of their pseudonyms), each person's events (as indices
    /// into <paramref name="events"/>) ordered by time (no time counts as 0) and then by stored order: the order in
    /// which recognition reads a person's stream.
    /// </summary>
    public static IEnumerable<(string Person, int[] Order)> Streams(IReadOnlyList<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var personOf = Of(events);
        return Enumerable.Range(0, events.Count)
            .GroupBy(i => personOf[i], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(i => events[i].Ts ?? 0).ThenBy(i => i).ToArray()));
    }
}
