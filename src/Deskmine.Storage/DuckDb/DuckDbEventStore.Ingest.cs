using Deskmine.Core.Events;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    // UUIDv7 ids rise with time, so DuckDB's min/max zone maps skip most row groups in this join.
    private const string KnownIdsSql = "SELECT i.id FROM incoming_ids i SEMI JOIN events e ON e.id = i.id";

    private const string SessionTotalsSql = """
        SELECT session, count(*), count(DISTINCT seq), min(seq), max(seq) FROM events GROUP BY session ORDER BY session
        """;

    private const string SessionGapsSql = """
        SELECT session, prev + 1, seq - 1 FROM (
            SELECT session, seq, lag(seq) OVER (PARTITION BY session ORDER BY seq) AS prev
            FROM (SELECT DISTINCT session, seq FROM events))
        WHERE prev IS NOT NULL AND seq > prev + 1
        ORDER BY session, prev
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
        Execute("CREATE TEMP TABLE IF NOT EXISTS incoming_ids (id UUID NOT NULL)");
        Execute("DELETE FROM incoming_ids");
        using (var appender = _connection.CreateAppender("incoming_ids"))
        {
            foreach (var e in unique)
                appender.CreateRow().AppendValue(e.Id).EndRow();
        }
        var known = new HashSet<Guid>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = KnownIdsSql;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                known.Add(reader.GetGuid(0));
        }
        return known.Count == 0 ? Append(unique) : Append(unique.Where(e => !known.Contains(e.Id)).ToList());
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
