using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    // The columns recognition reads, in the order RecognitionEvent takes them; {attrs} filters the attribute rows.
    // Fewer columns make DuckDB's per-person sort smaller and each event a third of the full read's objects (no
    // machine, team, path, hash, position or import fields, and no attribute maps of keys recognition never asks for).
    private static readonly string ReadPersonForRecognitionSql = """
        SELECT e.id, e.session_code, {ts}, e.user_code, e.source_code, e.kind_code, e.app_code, e.window_code, e.url_code,
               e.target_role_code, e.target_name_code, e.target_id_code, e."value", e.activity_code, ea.keys, ea.vals
        FROM events e
        LEFT JOIN (SELECT row_no, list("key" ORDER BY "key") AS keys, list("value" ORDER BY "key") AS vals
                   FROM event_attrs WHERE {attrs} AND row_no IN (SELECT row_no FROM events WHERE user_code = $u)
                   GROUP BY row_no) ea
          ON ea.row_no = e.row_no
        WHERE e.user_code = $u
        ORDER BY coalesce({ts}, 0), e.row_no
        """.Replace("{ts}", DuckDbSchema.ClampedTs("e.ts"), StringComparison.Ordinal);

    /// <summary>
    /// <see cref="ReadEventsByPerson"/> with only the fields recognition reads (see <see cref="IEventStore.ReadEventsForRecognition"/>);
    /// a person's repeated values share one string.
    /// </summary>
    public IEnumerable<PersonEvents> ReadEventsForRecognition(IReadOnlyCollection<string> attributeKeys)
    {
        ArgumentNullException.ThrowIfNull(attributeKeys);
        if (HasEventsWithoutUser())
            return ((IEventStore)this).ReadEventsByPersonInMemory();
        var filter = attributeKeys.Count == 0 ? "false"
            : "\"key\" IN (" + string.Join(", ", attributeKeys.Select(k => "'" + k.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";
        return ReadColumnsByPerson(ReadPersonForRecognitionSql.Replace("{attrs}", filter, StringComparison.Ordinal));
    }

    // One query per person as ReadByPersonQueries runs them, each person's events kept as columns (RecognitionEvents).
    private IEnumerable<PersonEvents> ReadColumnsByPerson(string sql)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var maps = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var counts = EventsPerPerson();
        var texts = new PersonNames(_names);
        using var limit = ReadMemoryLimit();
        foreach (var code in PeopleInOrder())
        {
            var events = new RecognitionEvents(texts, _activities, counts.TryGetValue(code, out var n) ? n : RecognitionEvents.DefaultCapacity);
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = sql;
                cmd.Parameters.Add(new DuckDBParameter("u", code));
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    events.Add(r, Shared(Text(r, 12), values), SharedAttrs(r, 14, maps));
            }
            events.Complete();
            values.Clear();
            yield return new PersonEvents(_names.Name(code), events);
        }
    }

    // Each person's number of events, so that their columns are allocated once at their size.
    private Dictionary<int, int> EventsPerPerson()
    {
        var counts = new Dictionary<int, int>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT user_code, count(*) FROM events WHERE user_code IS NOT NULL GROUP BY user_code";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            counts[r.GetInt32(0)] = (int)r.GetInt64(1);
        return counts;
    }

    // The few attributes recognition reads take few distinct values (an event type, a sheet name), and a map per event
    // was five objects per event that lived as long as the person's events: one read-only map per distinct content is
    // shared by every event that has it (a run-wide table, emptied when it grows past MaxSharedAttrs).
    private const int MaxSharedAttrs = 4096;

    private static Dictionary<string, string>? SharedAttrs(DuckDBDataReader r, int i, Dictionary<string, Dictionary<string, string>> maps)
    {
        if (r.IsDBNull(i))
            return null;
        var keys = r.GetFieldValue<List<string>>(i);
        var values = r.GetFieldValue<List<string>>(i + 1);
        var content = new System.Text.StringBuilder();
        for (var k = 0; k < keys.Count; k++)
            content.Append(keys[k]).Append('\u0001').Append(values[k]).Append('\u0002');
        var key = content.ToString();
        if (maps.TryGetValue(key, out var shared))
            return shared;
        if (maps.Count >= MaxSharedAttrs)
            maps.Clear();
        var map = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
        for (var k = 0; k < keys.Count; k++)
            map[keys[k]] = values[k];
        maps[key] = map;
        return map;
    }

    // Values repeat within a stream (a copied id pasted again, the same choice made every time): one string per text
    // keeps a person's events from holding a copy each while they wait to be analysed.
    private static string? Shared(string? text, Dictionary<string, string> values)
    {
        if (text is null)
            return null;
        if (values.TryGetValue(text, out var same))
            return same;
        values[text] = text;
        return text;
    }
}
