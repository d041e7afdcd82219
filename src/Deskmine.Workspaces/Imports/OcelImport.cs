using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Storage.Formats.Ocel;

namespace Deskmine.Workspaces.Imports;

/// <summary>An OCEL 2.0 log's events through the privacy filter, with the log cut to the events it kept.</summary>
internal static class OcelImport
{
    /// <summary>
    /// The events to store (one per OCEL event) and the log they belong to. With a <paramref name="filter"/>, events it
    /// drops leave the log together with their event-to-object relations; objects stay (their attributes are stored as
    /// the file gives them, see <c>docs/formats.md</c>).
    /// </summary>
    public static (OcelLog Log, List<UiEvent> Events) Filtered(OcelLog log, string session, PrivacyFilter? filter)
    {
        var events = OcelEvents.From(log, session);
        if (filter is null)
            return (log, events);
        var kept = filter.Filter(events).ToDictionary(e => e.Id);
        var keptEvents = new List<OcelEvent>();
        var keptRows = new List<UiEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            if (!kept.TryGetValue(events[i].Id, out var filtered))
                continue;
            keptEvents.Add(log.Events[i]);
            keptRows.Add(filtered);
        }
        var ids = keptEvents.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return (log with { Events = keptEvents, EventObjects = [.. log.EventObjects.Where(r => ids.Contains(r.SourceId))] }, keptRows);
    }
}
