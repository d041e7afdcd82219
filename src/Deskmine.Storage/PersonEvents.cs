using Deskmine.Core.Events;

namespace Deskmine.Storage;

/// <summary>One person's events, in the order recognition reads them (time, then stored order).</summary>
/// <param name="Person">The person (pseudonym); empty for events that name none.</param>
/// <param name="Events">The events.</param>
public sealed record PersonEvents(string Person, IReadOnlyList<UiEvent> Events)
{
    /// <summary>The events' ids, in order; where the store keeps the events as columns, without making the events.</summary>
    public Guid[] Ids()
    {
        if (Events is DuckDb.RecognitionEvents columns)
            return columns.Ids();
        var ids = new Guid[Events.Count];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = Events[i].Id;
        return ids;
    }
}
