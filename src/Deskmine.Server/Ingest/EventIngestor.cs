using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Server.Ingest;

/// <summary>
/// The single writer of the workspace: runs the privacy filter again (fail closed — a dropped event is not
/// stored) and appends the events whose ids are new; also applies the API's few other writes (retention, erasure,
/// mining) and publishes read snapshots. Writes are serialised because the store is.
/// </summary>
internal sealed class EventIngestor(Workspace workspace, PrivacyFilter filter)
{
    private readonly Lock _gate = new();
    private long _version;

    public PrivacyFilter Filter => filter;

    /// <summary>The workspace folder.</summary>
    public string Directory => workspace.Directory;

    /// <summary>Increases with every write that may have changed the workspace.</summary>
    public long Version => Interlocked.Read(ref _version);

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
        {
            stored = workspace.Events.AppendNew(kept);
            if (stored > 0)
                Interlocked.Increment(ref _version);
        }
        return new IngestResult(events.Count, stored, kept.Count - stored, events.Count - kept.Count,
            kept.Select(e => e.Session).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Runs a write of the API (retention, erasure, a mining run) alone on the workspace.</summary>
    public T Write<T>(Func<Workspace, T> write)
    {
        lock (_gate)
        {
            try
            {
                return write(workspace);
            }
            finally
            {
                Interlocked.Increment(ref _version);
            }
        }
    }

    /// <summary>Publishes a read snapshot when the workspace changed since <paramref name="published"/>; returns its folder (or <c>null</c>) and the version it holds.</summary>
    public (string? Path, long Version) PublishSnapshot(long published)
    {
        lock (_gate)
        {
            var version = Version;
            return version == published ? (null, version) : (workspace.PublishSnapshot(), version);
        }
    }

    public void PruneSnapshots(string? keep) => Workspace.PruneSnapshots(workspace.Directory, keep);

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
