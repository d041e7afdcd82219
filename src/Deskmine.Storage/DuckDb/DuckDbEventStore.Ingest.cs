using Deskmine.Core.Events;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    // UUIDv7 ids rise with time, so DuckDB's min/max zone maps skip most row groups in this join.
    private const string KnownIdsSql = "SELECT i.id FROM incoming_ids i SEMI JOIN events e ON e.id = i.id";

    // Sessions are dictionary-coded (names); numbers are grouped by code and named at the end.
    private const string SessionTotalsSql = """
        SELECT n.name, t.events, t.seqs, t.first, t.last FROM (
            SELECT session_code, count(*) AS events, count(DISTINCT seq) AS seqs, min(seq) AS first, max(seq) AS last
            FROM events GROUP BY session_code) t
        JOIN names n ON n.code = t.session_code
        ORDER BY n.name
        """;

    private const string SessionGapsSql = """
        SELECT n.name, g.prev + 1, g.seq - 1 FROM (
            SELECT session_code, seq, lag(seq) OVER (PARTITION BY session_code ORDER BY seq) AS prev
            FROM (SELECT DISTINCT session_code, seq FROM events)) g
        JOIN names n ON n.code = g.session_code
        WHERE g.prev IS NOT NULL AND g.seq > g.prev + 1
        ORDER BY n.name, g.prev
        """;

    /// <inheritdoc/>
    public long AppendNew(IReadOnlyCollection<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        ThrowIfReadOnly();
        var seen = new HashSet<Guid>();
        var unique = events.Where(e => seen.Add(e.Id)).ToList();
        if (unique.Count == 0)
            return 0;
        var known = KnownIds(seen);
        return known.Count == 0 ? Append(unique) : Append(unique.Where(e => !known.Contains(e.Id)).ToList());
    }

    /// <inheritdoc/>
    public IReadOnlySet<Guid> KnownIds(IReadOnlyCollection<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var known = new HashSet<Guid>();
        if (ids.Count == 0)
            return known;
        Execute("CREATE TEMP TABLE IF NOT EXISTS incoming_ids (id UUID NOT NULL)");
        Execute("DELETE FROM incoming_ids");
        using (var appender = _connection.CreateAppender("incoming_ids"))
        {
            foreach (var id in ids)
                appender.CreateRow().AppendValue(id).EndRow();
        }
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = KnownIdsSql;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            known.Add(reader.GetGuid(0));
        return known;
    }

    /// <inheritdoc/>
    public IEnumerable<Guid> ReadIds()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM events";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            yield return reader.GetGuid(0);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SessionSequence> ReadSessions()
    {
        var gaps = new Dictionary<string, List<SeqRange>>(StringComparer.Ordinal);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = SessionGapsSql;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var session = reader.GetString(0);
                if (!gaps.TryGetValue(session, out var list))
                    gaps[session] = list = [];
                list.Add(new SeqRange(reader.GetInt64(1), reader.GetInt64(2)));
            }
        }
        var result = new List<SessionSequence>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = SessionTotalsSql;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var session = reader.GetString(0);
                var first = reader.GetInt64(3);
                var missing = new List<SeqRange>();
                if (first > 0)
                    missing.Add(new SeqRange(0, first - 1));
                if (gaps.TryGetValue(session, out var inner))
                    missing.AddRange(inner);
                result.Add(new SessionSequence(session, reader.GetInt64(1), reader.GetInt64(2), first, reader.GetInt64(4), missing));
            }
        }
        return result;
    }
}
