namespace Deskmine.Server.Access;

public sealed partial class AccessStore
{
    /// <summary>How long an enrolment token stays valid by default.</summary>
    public static readonly TimeSpan DefaultEnrolmentValidity = TimeSpan.FromHours(24);

    /// <summary>Issues a single-use enrolment token (shown once); an agent exchanges it for its device token.</summary>
    public string IssueEnrolment(TimeSpan validity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validity, TimeSpan.Zero);
        var token = SecretTokens.New("dme_");
        using var connection = Connect();
        Execute(connection, "INSERT INTO enrolments VALUES ($d, $e, 0)",
            ("$d", SecretTokens.Digest(token)), ("$e", (_time.GetUtcNow() + validity).ToUnixTimeMilliseconds()));
        return token;
    }

    /// <summary>
    /// Uses an enrolment token (once) to register a device; returns the device token (shown once), or <c>null</c> when
    /// the enrolment token is unknown, used or expired.
    /// </summary>
    public (DeviceRecord Device, string Token)? Enrol(string enrolmentToken, string deviceName)
    {
        ArgumentNullException.ThrowIfNull(enrolmentToken);
        ArgumentNullException.ThrowIfNull(deviceName);
        using var connection = Connect();
        using var tx = connection.BeginTransaction();
        var used = Execute(connection, "UPDATE enrolments SET used = 1 WHERE digest = $d AND used = 0 AND expires > $now",
            ("$d", SecretTokens.Digest(enrolmentToken)), ("$now", Now()));
        if (used == 0)
            return null;
        var token = SecretTokens.New("dmd_");
        var device = new DeviceRecord("d_" + SecretTokens.Digest(token)[..12], deviceName);
        Execute(connection, "INSERT INTO devices VALUES ($i, $d, $n, $c, 0)",
            ("$i", device.Id), ("$d", SecretTokens.Digest(token)), ("$n", deviceName), ("$c", Now()));
        tx.Commit();
        return (device, token);
    }

    /// <summary>The enrolled device a token belongs to, or <c>null</c>.</summary>
    public DeviceRecord? FindDevice(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        using var connection = Connect();
        using var cmd = Command(connection, "SELECT id, name FROM devices WHERE digest = $d AND revoked = 0", ("$d", SecretTokens.Digest(token)));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new DeviceRecord(r.GetString(0), r.GetString(1)) : null;
    }

    /// <summary>Remembers that <paramref name="device"/> uploaded into these agent sessions: its status shows only them.</summary>
    public void RecordSessions(string device, IEnumerable<string> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        using var connection = Connect();
        using var tx = connection.BeginTransaction();
        using var cmd = Command(connection, "INSERT OR IGNORE INTO device_sessions VALUES ($d, $s)", ("$d", device), ("$s", ""));
        foreach (var session in sessions.Distinct(StringComparer.Ordinal))
        {
            cmd.Parameters["$s"].Value = session;
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>The agent sessions <paramref name="device"/> has uploaded into.</summary>
    public IReadOnlySet<string> SessionsOf(string device)
    {
        using var connection = Connect();
        using var cmd = Command(connection, "SELECT session FROM device_sessions WHERE device = $d", ("$d", device));
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read())
            set.Add(r.GetString(0));
        return set;
    }
}
