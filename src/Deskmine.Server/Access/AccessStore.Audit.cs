namespace Deskmine.Server.Access;

public sealed partial class AccessStore
{
    /// <summary>Appends a line to the audit log.</summary>
    public void Audit(string actor, string action, string? subject = null, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        using var connection = Connect();
        Execute(connection, "INSERT INTO audit (at, actor, action, subject, detail) VALUES ($t, $a, $c, $s, $d)",
            ("$t", Now()), ("$a", actor), ("$c", action), ("$s", subject), ("$d", detail));
    }

    /// <summary>The newest <paramref name="limit"/> lines of the audit log, newest first.</summary>
    public IReadOnlyList<AuditEntry> ReadAudit(int limit = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = Connect();
        using var cmd = Command(connection, "SELECT id, at, actor, action, subject, detail FROM audit ORDER BY id DESC LIMIT $l", ("$l", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<AuditEntry>();
        while (r.Read())
        {
            list.Add(new AuditEntry(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
        }
        return list;
    }
}
