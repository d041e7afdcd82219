using System.Globalization;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.Formats.Ocel;
using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore : IObjectStore
{
    /// <summary>The OCEL tables (see <c>docs/formats.md</c>, OCEL 2.0); created with the others, empty until an OCEL import.</summary>
    public static readonly string CreateObjectTables = """
        CREATE TABLE IF NOT EXISTS ocel_types (kind VARCHAR NOT NULL, type VARCHAR NOT NULL, attribute VARCHAR, attribute_type VARCHAR);
        CREATE TABLE IF NOT EXISTS ocel_events (event_id UUID NOT NULL, ocel_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS ocel_objects (object_id VARCHAR NOT NULL, type VARCHAR NOT NULL, ord BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS ocel_object_attributes (object_id VARCHAR NOT NULL, name VARCHAR NOT NULL, "value" VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS ocel_object_changes (object_id VARCHAR NOT NULL, ts BIGINT NOT NULL, name VARCHAR NOT NULL, "value" VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS ocel_e2o (ocel_event_id VARCHAR NOT NULL, object_id VARCHAR NOT NULL, qualifier VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS ocel_o2o (source_id VARCHAR NOT NULL, target_id VARCHAR NOT NULL, qualifier VARCHAR NOT NULL);
        """;

    /// <inheritdoc/>
    public bool HasObjects() => HasObjectTables() && Convert.ToInt64(Scalar("SELECT count(*) FROM ocel_objects"), CultureInfo.InvariantCulture) > 0;

    /// <inheritdoc/>
    public long AppendObjectLog(OcelLog log, IReadOnlyList<UiEvent> events, string source, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(events);
        ThrowIfReadOnly();
        if (events.Count != log.Events.Count)
            throw new ArgumentException("One event per OCEL event is needed.", nameof(events));
        RefuseKnownIds(log, source);
        return Append(events, progress, () => WriteObjectLog(log, events));
    }

    private void RefuseKnownIds(OcelLog log, string source)
    {
        if (!HasObjects() && Convert.ToInt64(Scalar("SELECT count(*) FROM ocel_events"), CultureInfo.InvariantCulture) == 0)
            return;
        var objects = StringSet("SELECT object_id FROM ocel_objects");
        if (log.Objects.FirstOrDefault(o => objects.Contains(o.Id)) is { } o)
            throw new InputException(source, null, null, $"object '{o.Id}' is already in the workspace (from an earlier OCEL import); object ids must be unique within a workspace, so import this log into a workspace of its own.");
        var eventIds = StringSet("SELECT ocel_id FROM ocel_events");
        if (log.Events.FirstOrDefault(e => eventIds.Contains(e.Id)) is { } e)
            throw new InputException(source, null, null, $"event '{e.Id}' is already in the workspace (from an earlier OCEL import); import this log into a workspace of its own.");
    }

    private void WriteObjectLog(OcelLog log, IReadOnlyList<UiEvent> events)
    {
        using (var a = _connection.CreateAppender("ocel_types"))
        {
            foreach (var (kind, types) in new[] { ("event", log.EventTypes), ("object", log.ObjectTypes) })
            {
                foreach (var t in types)
                {
                    if (t.Attributes.Count == 0)
                        a.CreateRow().AppendValue(kind).AppendValue(t.Name).AppendNullValue().AppendNullValue().EndRow();
                    foreach (var attribute in t.Attributes)
                        a.CreateRow().AppendValue(kind).AppendValue(t.Name).AppendValue(attribute.Name).AppendValue(attribute.Type).EndRow();
                }
            }
            a.Close();
        }
        using (var a = _connection.CreateAppender("ocel_events"))
        {
            for (var i = 0; i < events.Count; i++)
                a.CreateRow().AppendValue(events[i].Id).AppendValue(log.Events[i].Id).EndRow();
            a.Close();
        }
        var ord = Convert.ToInt64(Scalar("SELECT coalesce(max(ord) + 1, 0) FROM ocel_objects"), CultureInfo.InvariantCulture);
        using (var objects = _connection.CreateAppender("ocel_objects"))
        using (var attributes = _connection.CreateAppender("ocel_object_attributes"))
        {
            foreach (var o in log.Objects)
            {
                objects.CreateRow().AppendValue(o.Id).AppendValue(o.Type).AppendValue(ord++).EndRow();
                foreach (var (name, value) in o.Attributes)
                    attributes.CreateRow().AppendValue(o.Id).AppendValue(name).AppendValue(value).EndRow();
            }
            objects.Close();
            attributes.Close();
        }
        using (var a = _connection.CreateAppender("ocel_object_changes"))
        {
            foreach (var c in log.Changes)
                a.CreateRow().AppendValue(c.ObjectId).AppendValue(c.Time).AppendValue(c.Attribute).AppendValue(c.Value).EndRow();
            a.Close();
        }
        foreach (var (table, relations) in new[] { ("ocel_e2o", log.EventObjects), ("ocel_o2o", log.ObjectObjects) })
        {
            using var a = _connection.CreateAppender(table);
            foreach (var r in relations)
                a.CreateRow().AppendValue(r.SourceId).AppendValue(r.TargetId).AppendValue(r.Qualifier).EndRow();
            a.Close();
        }
    }

    /// <inheritdoc/>
    public EventLog ReadFlattened(string objectType, LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(query);
        var types = HasObjectTables() ? StringSet("SELECT DISTINCT type FROM ocel_objects") : [];
        if (!types.Contains(objectType))
            throw OcelFlattening.UnknownType(_path, objectType, types);
        using var cmd = _connection.CreateCommand();
        // One row per (object, event): an event naming an object twice (two qualifiers) is one step of its case.
        cmd.CommandText = $"""
            SELECT f.object_id, a.name, f.ts, f.row_no FROM (
                SELECT DISTINCT r.object_id, e.row_no, {DuckDbSchema.ClampedTs("e.ts")} AS ts, e.activity_code
                FROM ocel_e2o r
                JOIN ocel_objects o ON o.object_id = r.object_id AND o.type = $type
                JOIN ocel_events m ON m.ocel_id = r.ocel_event_id
                JOIN events e ON e.id = m.event_id) f
            LEFT JOIN activities a ON a.code = f.activity_code
            ORDER BY f.row_no, f.object_id
            """;
        cmd.Parameters.Add(new DuckDBParameter("type", objectType));
        using var r = cmd.ExecuteReader();
        var builder = new EventLogBuilder(query.Attributes);
        while (r.Read())
            builder.Add(r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1), r.IsDBNull(2) ? null : r.GetInt64(2), eventRef: r.GetInt64(3));
        return builder.Build();
    }

    /// <inheritdoc/>
    public OcelLog ReadObjectLog()
    {
        if (!HasObjectTables())
            return new OcelLog { EventTypes = [], ObjectTypes = [], Events = [], Objects = [], EventObjects = [], ObjectObjects = [], Changes = [] };
        var types = new Dictionary<(string Kind, string Type), List<OcelAttribute>>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT kind, type, attribute, attribute_type FROM ocel_types";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var key = (r.GetString(0), r.GetString(1));
                if (!types.TryGetValue(key, out var list))
                    types[key] = list = [];
                if (!r.IsDBNull(2))
                    list.Add(new OcelAttribute(r.GetString(2), r.IsDBNull(3) ? "string" : r.GetString(3)));
            }
        }
        var objectAttributes = Grouped("SELECT object_id, name, \"value\" FROM ocel_object_attributes");
        var objects = new List<OcelObject>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT object_id, type FROM ocel_objects ORDER BY ord";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                objects.Add(new OcelObject(r.GetString(0), r.GetString(1), objectAttributes.GetValueOrDefault(r.GetString(0)) ?? []));
        }
        var ocelIds = new Dictionary<Guid, string>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT event_id, ocel_id FROM ocel_events";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                ocelIds[r.GetGuid(0)] = r.GetString(1);
        }
        var events = new List<OcelEvent>();
        foreach (var e in ReadEvents())
        {
            if (ocelIds.TryGetValue(e.Id, out var id) && e.Ts is { } ts)
                events.Add(new OcelEvent(id, e.Activity ?? e.Kind, ts, [.. (e.Attrs ?? new Dictionary<string, string>()).Select(a => new KeyValuePair<string, string>(a.Key, a.Value))]));
        }
        var changes = new List<OcelChange>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT object_id, ts, name, \"value\" FROM ocel_object_changes";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                changes.Add(new OcelChange(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3)));
        }
        return new OcelLog
        {
            EventTypes = [.. types.Where(t => t.Key.Kind == "event").Select(t => new OcelType(t.Key.Type, t.Value))],
            ObjectTypes = [.. types.Where(t => t.Key.Kind == "object").Select(t => new OcelType(t.Key.Type, t.Value))],
            Events = events,
            Objects = objects,
            EventObjects = Relations("SELECT ocel_event_id, object_id, qualifier FROM ocel_e2o"),
            ObjectObjects = Relations("SELECT source_id, target_id, qualifier FROM ocel_o2o"),
            Changes = changes,
        };
    }

    private bool HasObjectTables() =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ocel_objects'"), CultureInfo.InvariantCulture) > 0;

    private HashSet<string> StringSet(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read())
            set.Add(r.GetString(0));
        return set;
    }

    private Dictionary<string, List<KeyValuePair<string, string>>> Grouped(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var groups = new Dictionary<string, List<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        while (r.Read())
        {
            if (!groups.TryGetValue(r.GetString(0), out var list))
                groups[r.GetString(0)] = list = [];
            list.Add(new(r.GetString(1), r.GetString(2)));
        }
        return groups;
    }

    private List<OcelRelation> Relations(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<OcelRelation>();
        while (r.Read())
            list.Add(new OcelRelation(r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }
}
