using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Server.Ingest;

/// <summary>
/// The single writer of the workspace: runs the privacy filter again (fail closed — a dropped event is not
/// stored) and appends the events whose ids are new. Requests are serialised because the store is.
/// </summary>
internal sealed class EventIngestor(Workspace workspace, PrivacyFilter filter)
{
    private readonly Lock _gate = new();

    public PrivacyFilter Filter => filter;

    public IngestResult Ingest(IReadOnlyList<UiEvent> events)
    {
        var kept = new List<UiEvent>(events.Count);
        foreach (var e in events)
        {
            if (filter.Apply(e).Event is { } redacted)
                kept.Add(redacted);
        }
        long stored;
        lock (_gate)
            stored = workspace.Events.AppendNew(kept);
        return new IngestResult(events.Count, stored, kept.Count - stored, events.Count - kept.Count);
    }

    public IReadOnlyList<SessionSequence> Sessions()
    {
        lock (_gate)
            return workspace.Events.ReadSessions();
    }

    public long Count()
    {
        lock (_gate)
            return workspace.Events.Count();
    }
}
