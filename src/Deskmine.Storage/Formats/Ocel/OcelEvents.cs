using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>OCEL events as schema v1 events, for the event store: one per OCEL event, in file order.</summary>
public static class OcelEvents
{
    /// <summary>Source of imported OCEL events.</summary>
    public const string SourceName = "import:ocel";

    /// <summary>
    /// The events of <paramref name="log"/>: activity = event type, <c>ts</c> = its time, attributes in <c>attrs</c>,
    /// session <paramref name="session"/> and <c>seq</c>/<c>source_row</c> the position in the file. The case stays
    /// empty: an object-centric event belongs to as many cases as it has objects (see <see cref="OcelFlattening"/>).
    /// </summary>
    public static List<UiEvent> From(OcelLog log, string session)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(session);
        var ids = new ImportIds();
        var events = new List<UiEvent>(log.Events.Count);
        for (var i = 0; i < log.Events.Count; i++)
        {
            var e = log.Events[i];
            events.Add(new UiEvent
            {
                Id = ids.Next(e.Time),
                Session = session,
                Seq = i,
                Ts = e.Time,
                Source = SourceName,
                Kind = EventKinds.Activity,
                Activity = e.Type,
                SourceRow = i,
                Attrs = e.Attributes.Count == 0 ? null : e.Attributes.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            });
        }
        return events;
    }
}
