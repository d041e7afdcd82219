using System.Text;
using Deskmine.Core;
using Microsoft.Data.Sqlite;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// The SQLite encoding of OCEL 2.0 (the tables <see cref="OcelSqliteReader"/> reads), written in one transaction
/// with prepared statements: <c>event</c>, <c>object</c>, <c>event_object</c>, <c>object_object</c>, the two type
/// maps, and per type <c>event_&lt;Map&gt;</c> / <c>object_&lt;Map&gt;</c>, where the map is the type name without
/// characters other than letters and digits (numbered when two types would share one). Times are ISO 8601 UTC.
/// </summary>
internal sealed class OcelSqliteWriter : IOcelWriter
{
    private const string Epoch = "1970-01-01T00:00:00Z";
    private readonly SqliteConnection _db;
    private SqliteTransaction? _tx;
    private readonly Dictionary<string, TypeTable> _eventTables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeTable> _objectTables = new(StringComparer.Ordinal);
    private SqliteCommand? _event, _object, _e2o, _o2o;

    public OcelSqliteWriter(string path)
    {
        File.Delete(path);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _db.Open();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    }

    public void Begin(IReadOnlyList<OcelType> eventTypes, IReadOnlyList<OcelType> objectTypes)
    {
        Execute("""
            CREATE TABLE event_map_type (ocel_type TEXT PRIMARY KEY, ocel_type_map TEXT);
            CREATE TABLE object_map_type (ocel_type TEXT PRIMARY KEY, ocel_type_map TEXT);
            CREATE TABLE event (ocel_id TEXT PRIMARY KEY, ocel_type TEXT);
            CREATE TABLE object (ocel_id TEXT PRIMARY KEY, ocel_type TEXT);
            CREATE TABLE event_object (ocel_event_id TEXT, ocel_object_id TEXT, ocel_qualifier TEXT, PRIMARY KEY (ocel_event_id, ocel_object_id, ocel_qualifier));
            CREATE TABLE object_object (ocel_source_id TEXT, ocel_target_id TEXT, ocel_qualifier TEXT, PRIMARY KEY (ocel_source_id, ocel_target_id, ocel_qualifier));
            """);
        _tx = _db.BeginTransaction();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in eventTypes)
            _eventTables[t.Name] = NewTable("event", t, used, ["ocel_id TEXT PRIMARY KEY", "ocel_time TIMESTAMP"]);
        used.Clear();
        foreach (var t in objectTypes)
            _objectTables[t.Name] = NewTable("object", t, used, ["ocel_id TEXT", "ocel_time TIMESTAMP", "ocel_changed_field TEXT"]);
        _event = Prepare("INSERT INTO event VALUES ($1, $2)", 2);
        _object = Prepare("INSERT INTO object VALUES ($1, $2)", 2);
        _e2o = Prepare("INSERT OR IGNORE INTO event_object VALUES ($1, $2, $3)", 3);
        _o2o = Prepare("INSERT OR IGNORE INTO object_object VALUES ($1, $2, $3)", 3);
    }

    public void Object(OcelObject obj, IReadOnlyList<OcelChange> changes, IReadOnlyList<OcelRelation> objects)
    {
        Run(_object!, obj.Id, obj.Type);
        var table = TableOf(_objectTables, "object", obj.Type);
        table.Insert(obj.Id, Epoch, null, obj.Attributes);
        foreach (var c in changes)
            table.Insert(obj.Id, Timestamps.ToIso(c.Time), c.Attribute, [new(c.Attribute, c.Value)]);
        foreach (var r in objects)
            Run(_o2o!, r.SourceId, r.TargetId, r.Qualifier);
    }

    public void Event(OcelEvent e, IReadOnlyList<OcelRelation> objects)
    {
        Run(_event!, e.Id, e.Type);
        TableOf(_eventTables, "event", e.Type).Insert(e.Id, Timestamps.ToIso(e.Time), null, e.Attributes);
        foreach (var r in objects)
            Run(_e2o!, r.SourceId, r.TargetId, r.Qualifier);
    }

    public void End() => _tx?.Commit();

    public void Dispose()
    {
        foreach (var t in _eventTables.Values.Concat(_objectTables.Values))
            t.Dispose();
        _event?.Dispose();
        _object?.Dispose();
        _e2o?.Dispose();
        _o2o?.Dispose();
        _tx?.Dispose();
        _db.Dispose();
    }

    private TypeTable TableOf(Dictionary<string, TypeTable> tables, string kind, string type)
    {
        // A type no declaration named gets its table when first met.
        if (!tables.TryGetValue(type, out var table))
        {
            var used = new HashSet<string>(tables.Values.Select(t => t.Map), StringComparer.OrdinalIgnoreCase);
            tables[type] = table = NewTable(kind, new OcelType(type, []), used,
                kind == "event" ? ["ocel_id TEXT PRIMARY KEY", "ocel_time TIMESTAMP"] : ["ocel_id TEXT", "ocel_time TIMESTAMP", "ocel_changed_field TEXT"]);
        }
        return table;
    }

    private TypeTable NewTable(string kind, OcelType type, HashSet<string> used, string[] ocelColumns)
    {
        var baseName = new string([.. type.Name.Where(char.IsAsciiLetterOrDigit)]);
        if (baseName.Length == 0)
            baseName = "Type";
        var map = baseName;
        for (var i = 2; !used.Add(map); i++)
            map = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var cmd = Prepare($"INSERT INTO {kind}_map_type VALUES ($1, $2)", 2))
            Run(cmd, type.Name, map);
        var attributes = type.Attributes.Select(a => a.Name).Where(n => !n.StartsWith("ocel_", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var sql = new StringBuilder($"CREATE TABLE {Ident(kind + "_" + map)} (").AppendJoin(", ", ocelColumns);
        foreach (var a in type.Attributes.Where(a => attributes.Contains(a.Name)).DistinctBy(a => a.Name))
            sql.Append(", ").Append(Ident(a.Name)).Append(' ').Append(SqlType(a.Type));
        Execute(sql.Append(')').ToString());
        return new TypeTable(_db, kind + "_" + map, map, kind == "object", attributes);
    }

    private static string SqlType(string ocelType) => ocelType switch
    {
        "integer" => "INTEGER",
        "float" => "REAL",
        "boolean" => "BOOLEAN",
        "time" => "TIMESTAMP",
        _ => "TEXT",
    };

    private void Execute(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
            cmd.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            cmd.Parameters[i].Value = (object?)values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    internal static string Ident(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>One <c>event_&lt;Map&gt;</c> or <c>object_&lt;Map&gt;</c> table with its prepared insert.</summary>
    private sealed class TypeTable : IDisposable
    {
        private readonly SqliteCommand _insert;
        private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
        private readonly bool _isObject;

        public TypeTable(SqliteConnection db, string table, string map, bool isObject, IReadOnlyList<string> attributes)
        {
            Map = map;
            _isObject = isObject;
            var fixedColumns = isObject ? 3 : 2;
            var names = (isObject ? new[] { "ocel_id", "ocel_time", "ocel_changed_field" } : ["ocel_id", "ocel_time"]).Concat(attributes).ToList();
            for (var i = 0; i < attributes.Count; i++)
                _columns[attributes[i]] = fixedColumns + i;
            _insert = db.CreateCommand();
            _insert.CommandText = $"INSERT INTO {Ident(table)} ({string.Join(", ", names.Select(Ident))}) VALUES ({string.Join(", ", names.Select((_, i) => "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < names.Count; i++)
                _insert.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        public string Map { get; }

        public void Insert(string id, string time, string? changedField, IReadOnlyList<KeyValuePair<string, string>> attributes)
        {
            foreach (SqliteParameter p in _insert.Parameters)
                p.Value = DBNull.Value;
            _insert.Parameters[0].Value = id;
            _insert.Parameters[1].Value = time;
            if (_isObject)
                _insert.Parameters[2].Value = (object?)changedField ?? DBNull.Value;
            // Attributes not declared for the type have no column; the declarations list every attribute Deskmine writes.
            foreach (var (name, value) in attributes)
            {
                if (_columns.TryGetValue(name, out var c))
                    _insert.Parameters[c].Value = value;
            }
            _insert.ExecuteNonQuery();
        }

        public void Dispose() => _insert.Dispose();
    }
}
