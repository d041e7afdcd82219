using System.Collections.Concurrent;
using Deskmine.Server.Access;

namespace Deskmine.Server.Ingest;

/// <summary>
/// Which agent sessions each device uploaded into, so that a device token reads only its own upload status. Pairs
/// already recorded are remembered in memory: an agent's steady stream of batches costs no write to the access store.
/// </summary>
internal sealed class DeviceSessions(AccessStore access)
{
    private readonly ConcurrentDictionary<(string Device, string Session), bool> _known = new();

    /// <summary>Records the sessions (as stored, i.e. after the privacy filter) a device uploaded into.</summary>
    public void Record(string device, IReadOnlyList<string> sessions)
    {
        var fresh = sessions.Where(s => !_known.ContainsKey((device, s))).ToList();
        if (fresh.Count == 0)
            return;
        access.RecordSessions(device, fresh);
        foreach (var s in fresh)
            _known[(device, s)] = true;
    }

    public IReadOnlySet<string> Of(string device) => access.SessionsOf(device);
}
