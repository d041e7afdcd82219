using Deskmine.Core.Events;
using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    private const string ReadEventsSql = """
        SELECT e.id, e.session, e.seq, e.ts, e.duration, e."user", e.machine, e.team, e.source, e.kind, e.app,
               e."window", e.url, e.target_role, e.target_name, e.target_id, e.target_path, e.x, e.y, e."value",
               e.value_hash, e.case_id, e.activity, e.source_row, ea.keys, ea.vals
        FROM events_view e
        LEFT JOIN (SELECT row_no, list("key" ORDER BY "key") AS keys, list("value" ORDER BY "key") AS vals
                   FROM event_attrs GROUP BY row_no) ea ON ea.row_no = e.row_no
        ORDER BY e.row_no
        """;

    /// <summary>
    /// Streams every event in store order (<c>row_no</c>). An empty <see cref="UiEvent.Attrs"/> map is read back
    /// as <c>null</c>. Do not write to the store while enumerating.
    /// </summary>
    public IEnumerable<UiEvent> ReadEvents()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = ReadEventsSql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new UiEvent
            {
                Id = r.GetGuid(0),
                Session = r.GetString(1),
                Seq = r.GetInt64(2),
                Ts = Int64(r, 3),
                Duration = Int64(r, 4),
                User = Text(r, 5),
                Machine = Text(r, 6),
                Team = Text(r, 7),
                Source = r.GetString(8),
                Kind = r.GetString(9),
                App = Text(r, 10),
                Window = Text(r, 11),
                Url = Text(r, 12),
                TargetRole = Text(r, 13),
                TargetName = Text(r, 14),
                TargetId = Text(r, 15),
                TargetPath = Text(r, 16),
                X = r.IsDBNull(17) ? null : r.GetInt32(17),
                Y = r.IsDBNull(18) ? null : r.GetInt32(18),
                Value = Text(r, 19),
                ValueHash = Text(r, 20),
                CaseId = Text(r, 21),
                Activity = Text(r, 22),
                SourceRow = Int64(r, 23),
                Attrs = Attrs(r, 24),
            };
        }
    }

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
