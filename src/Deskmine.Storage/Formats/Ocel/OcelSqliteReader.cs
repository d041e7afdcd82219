using System.Globalization;
using Deskmine.Core.Errors;
using Microsoft.Data.Sqlite;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// The SQLite encoding of OCEL 2.0: <c>event</c>, <c>object</c>, <c>event_object</c>, <c>object_object</c>,
/// <c>event_map_type</c> / <c>object_map_type</c> naming one table per type (<c>event_&lt;Map&gt;</c> with
/// <c>ocel_time</c> and the attributes; <c>object_&lt;Map&gt;</c> with one row per initial value set and, where
/// <c>ocel_changed_field</c> is set, per change).
/// </summary>
internal static class OcelSqliteReader
{
    public static OcelLog Read(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
            }.ToString());
            connection.Open();
            return Read(connection, path);
        }
        catch (SqliteException e)
        {
            throw new InputException(path, null, null, $"is not a readable OCEL 2.0 SQLite database: {e.Message}", e);
        }
    }

    private static OcelLog Read(SqliteConnection db, string path)
    {
        var tables = Strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
        foreach (var required in new[] { "event", "object", "event_object", "object_object", "event_map_type", "object_map_type" })
        {
            if (!tables.Contains(required))
                throw new InputException(path, null, null, $"is not an OCEL 2.0 SQLite log: table '{required}' is missing.");
        }
        var log = new OcelLogBuilder(path);
        var eventMaps = Maps(db, "event_map_type", path);
        var objectMaps = Maps(db, "object_map_type", path);

        // Per event: its time and attributes from the table of its type.
        var eventRows = new Dictionary<string, (long Time, List<KeyValuePair<string, string>> Attributes)>(StringComparer.Ordinal);
        foreach (var (type, map) in eventMaps)
        {
            var table = "event_" + map;
            if (!tables.Contains(table))
                throw new InputException(path, null, null, $"event type '{type}' names table '{table}', which is missing.");
            var columns = Columns(db, table);
            log.EventType(new OcelType(type, [.. columns.Where(c => !c.Name.StartsWith("ocel_", StringComparison.Ordinal)).Select(c => new OcelAttribute(c.Name, c.Type))]));
            foreach (var row in Rows(db, table, path))
            {
                var where = $"table '{table}', event '{row.Id}'";
                var time = OcelReader.Time(row.Get("ocel_time"), path, null, where);
                eventRows[row.Id] = (time, row.Attributes);
            }
        }
        using (var cmd = Command(db, "SELECT ocel_id, ocel_type FROM event ORDER BY rowid"))
        using (var r = cmd.ExecuteReader())
        {
            var n = 0;
            while (r.Read())
            {
                n++;
                var id = Text(r, 0) ?? throw Missing(path, "event", n, "ocel_id");
                var type = Text(r, 1) ?? throw Missing(path, "event", n, "ocel_type");
                var where = $"table 'event', row {n.ToString(CultureInfo.InvariantCulture)} (event '{id}')";
                if (!eventRows.TryGetValue(id, out var details))
                    throw new InputException(path, null, null, $"{where}: no row in the table of its type '{type}' gives its time.");
                log.Event(new OcelEvent(id, type, details.Time, details.Attributes), null, where);
            }
        }

        var objectTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var cmd = Command(db, "SELECT ocel_id, ocel_type FROM object ORDER BY rowid"))
        using (var r = cmd.ExecuteReader())
        {
            var n = 0;
            while (r.Read())
            {
                n++;
                objectTypes[Text(r, 0) ?? throw Missing(path, "object", n, "ocel_id")] = Text(r, 1) ?? throw Missing(path, "object", n, "ocel_type");
            }
        }
        var initial = new Dictionary<string, List<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        foreach (var (type, map) in objectMaps)
        {
            var table = "object_" + map;
            if (!tables.Contains(table))
                throw new InputException(path, null, null, $"object type '{type}' names table '{table}', which is missing.");
            var columns = Columns(db, table);
            log.ObjectType(new OcelType(type, [.. columns.Where(c => !c.Name.StartsWith("ocel_", StringComparison.Ordinal)).Select(c => new OcelAttribute(c.Name, c.Type))]));
            foreach (var row in Rows(db, table, path))
            {
                var where = $"table '{table}', object '{row.Id}'";
                if (row.Get("ocel_changed_field") is { Length: > 0 } field)
                {
                    var value = row.Attributes.FirstOrDefault(a => a.Key == field).Value ?? "";
                    log.Change(new OcelChange(row.Id, OcelReader.Time(row.Get("ocel_time"), path, null, where), field, value), where);
                }
                else if (!initial.ContainsKey(row.Id))
                {
                    initial[row.Id] = row.Attributes;
                }
            }
        }
        foreach (var (id, type) in objectTypes)
            log.Object(new OcelObject(id, type, initial.GetValueOrDefault(id) ?? []), null, $"table 'object', object '{id}'");

        Relations(db, "SELECT ocel_event_id, ocel_object_id, ocel_qualifier FROM event_object ORDER BY rowid", "event_object", path, log.EventObject);
        Relations(db, "SELECT ocel_source_id, ocel_target_id, ocel_qualifier FROM object_object ORDER BY rowid", "object_object", path, log.ObjectObject);
        return log.Build();
    }

    private static void Relations(SqliteConnection db, string sql, string table, string path, Action<OcelRelation, string> add)
    {
        using var cmd = Command(db, sql);
        using var r = cmd.ExecuteReader();
        var n = 0;
        while (r.Read())
        {
            n++;
            var where = $"table '{table}', row {n.ToString(CultureInfo.InvariantCulture)}";
            add(new OcelRelation(Text(r, 0) ?? throw Missing(path, table, n, r.GetName(0)), Text(r, 1) ?? throw Missing(path, table, n, r.GetName(1)), Text(r, 2) ?? ""), where);
        }
    }

    private static List<(string Type, string Map)> Maps(SqliteConnection db, string table, string path)
    {
        using var cmd = Command(db, $"SELECT ocel_type, ocel_type_map FROM {table} ORDER BY rowid");
        using var r = cmd.ExecuteReader();
        var maps = new List<(string, string)>();
        var n = 0;
        while (r.Read())
        {
            n++;
            maps.Add((Text(r, 0) ?? throw Missing(path, table, n, "ocel_type"), Text(r, 1) ?? throw Missing(path, table, n, "ocel_type_map")));
        }
        return maps;
    }

    private static List<(string Name, string Type)> Columns(SqliteConnection db, string table)
    {
        using var cmd = Command(db, $"SELECT name, type FROM pragma_table_info({Quote(table)}) ORDER BY cid");
        using var r = cmd.ExecuteReader();
        var columns = new List<(string, string)>();
        while (r.Read())
            columns.Add((r.GetString(0), OcelTypeOf(r.IsDBNull(1) ? "" : r.GetString(1))));
        return columns;
    }

    private static IEnumerable<TypeRow> Rows(SqliteConnection db, string table, string path)
    {
        using var cmd = Command(db, $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ORDER BY rowid");
        using var r = cmd.ExecuteReader();
        var id = r.GetOrdinal("ocel_id");
        var n = 0;
        while (r.Read())
        {
            n++;
            var row = new TypeRow(Text(r, id) ?? throw Missing(path, table, n, "ocel_id"));
            for (var c = 0; c < r.FieldCount; c++)
            {
                if (Text(r, c) is not { } value)
                    continue;
                var name = r.GetName(c);
                if (name.StartsWith("ocel_", StringComparison.Ordinal))
                    row.Ocel[name] = value;
                else
                    row.Attributes.Add(new(name, value));
            }
            yield return row;
        }
    }

    private static string OcelTypeOf(string sqlType) => sqlType.ToUpperInvariant() switch
    {
        "INTEGER" or "INT" or "BIGINT" => "integer",
        "REAL" or "FLOAT" or "DOUBLE" => "float",
        "BOOLEAN" or "BOOL" => "boolean",
        "TIMESTAMP" or "DATETIME" => "time",
        _ => "string",
    };

    private static InputException Missing(string path, string table, int row, string column) =>
        new(path, null, column, $"table '{table}', row {row.ToString(CultureInfo.InvariantCulture)}: required column '{column}' is empty.");

    private static string? Text(SqliteDataReader r, int c) => r.IsDBNull(c) ? null : Convert.ToString(r.GetValue(c), CultureInfo.InvariantCulture);

    private static IEnumerable<string> Strings(SqliteConnection db, string sql)
    {
        using var cmd = Command(db, sql);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return r.GetString(0);
    }

    private static SqliteCommand Command(SqliteConnection db, string sql)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd;
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed class TypeRow(string id)
    {
        public string Id { get; } = id;
        public Dictionary<string, string> Ocel { get; } = new(StringComparer.Ordinal);
        public List<KeyValuePair<string, string>> Attributes { get; } = [];

        public string? Get(string column) => Ocel.GetValueOrDefault(column);
    }
}
