using Deskmine.Core.Events;
using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    // Codes are decoded in memory from the dictionaries the store already holds, so every event of one user,
    // application or window shares one string instance; and the rows are read in row_no slices so that DuckDB
    // never sorts the whole table at once (one query over 1 M events with every code joined back to its text
    // exceeded the default 1 GB memory limit).
    private const int ReadSlice = 1 << 16;

    private static readonly string ReadEventsSql = """
        SELECT e.row_no, e.id, e.session_code, e.seq, {ts}, e.duration, e.user_code, e.machine_code, e.team_code,
               e.source_code, e.kind_code, e.app_code, e.window_code, e.url_code, e.target_role_code,
               e.target_name_code, e.target_id_code, e.target_path_code, e.x, e.y, e."value", e.value_hash,
               e.case_code, e.activity_code, e.source_row, ea.keys, ea.vals
        FROM events e
        LEFT JOIN (SELECT row_no, list("key" ORDER BY "key") AS keys, list("value" ORDER BY "key") AS vals
                   FROM event_attrs WHERE row_no >= $lo AND row_no < $hi GROUP BY row_no) ea ON ea.row_no = e.row_no
        WHERE e.row_no >= $lo AND e.row_no < $hi
        ORDER BY e.row_no
        """.Replace("{ts}", DuckDbSchema.ClampedTs("e.ts"), StringComparison.Ordinal);

    /// <summary>
    /// Streams every event in store order (<c>row_no</c>). An empty <see cref="UiEvent.Attrs"/> map is read back
    /// as <c>null</c>. Do not write to the store while enumerating.
    /// </summary>
    public IEnumerable<UiEvent> ReadEvents()
    {
        if (Scalar("SELECT max(row_no) FROM events") is not long last)
            yield break;
        for (var lo = 0L; lo <= last; lo += ReadSlice)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = ReadEventsSql;
            cmd.Parameters.Add(new DuckDBParameter("lo", lo));
            cmd.Parameters.Add(new DuckDBParameter("hi", lo + ReadSlice));
            using var r = cmd.ExecuteReader();
            while (r.Read())
                yield return Event(r);
        }
    }

    // One row of ReadEventsSql's columns (or the same columns in the same order) as an event.
    private UiEvent Event(DuckDBDataReader r) => new()
    {
        Id = r.GetGuid(1),
        Session = _names.Name(r.GetInt32(2)),
        Seq = r.GetInt64(3),
        Ts = Int64(r, 4),
        Duration = Int64(r, 5),
        User = Coded(r, 6),
        Machine = Coded(r, 7),
        Team = Coded(r, 8),
        Source = _names.Name(r.GetInt32(9)),
        Kind = _names.Name(r.GetInt32(10)),
        App = Coded(r, 11),
        Window = Coded(r, 12),
        Url = Coded(r, 13),
        TargetRole = Coded(r, 14),
        TargetName = Coded(r, 15),
        TargetId = Coded(r, 16),
        TargetPath = Coded(r, 17),
        X = r.IsDBNull(18) ? null : r.GetInt32(18),
        Y = r.IsDBNull(19) ? null : r.GetInt32(19),
        Value = Text(r, 20),
        ValueHash = Text(r, 21),
        CaseId = r.IsDBNull(22) ? null : _cases.Name(r.GetInt32(22)),
        Activity = r.IsDBNull(23) ? null : _activities.Name(r.GetInt32(23)),
        SourceRow = Int64(r, 24),
        Attrs = Attrs(r, 25),
    };

    /// <summary>Events whose timestamp lies outside years 1–9999 (stored before imports refused them), or <c>null</c>.
    /// Reads return them clamped (<see cref="DuckDbSchema.ClampedTs"/>); this names them so the user can be told.</summary>
    public OutOfRangeTimes? OutOfRangeTimes()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
            SELECT count(*) OVER (), id, seq, ts, source_row FROM events
            WHERE ts > {Core.Timestamps.MaxMicros} OR ts < {Core.Timestamps.MinMicros}
            ORDER BY row_no LIMIT 1
            """);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
            return null;
        return new OutOfRangeTimes(r.GetInt64(0), r.GetGuid(1), r.GetInt64(2), r.GetInt64(3), Int64(r, 4));
    }

    private string? Coded(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : _names.Name(r.GetInt32(i));

    /// <inheritdoc/>
    public IEnumerable<TruthRecord> ReadTruth()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT event_id, task_type, task_instance, step FROM truth";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new TruthRecord(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3));
    }

    private static string? Text(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Int64(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static Dictionary<string, string>? Attrs(DuckDBDataReader r, int i)
    {
        if (r.IsDBNull(i))
            return null;
        var keys = r.GetFieldValue<List<string>>(i);
        var values = r.GetFieldValue<List<string>>(i + 1);
        var map = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
        for (var k = 0; k < keys.Count; k++)
            map[keys[k]] = values[k];
        return map;
    }
}
