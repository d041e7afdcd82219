using Deskmine.Core.Events;
using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    // One query per person, sorted by DuckDB: only that person's rows are sorted at once, so DuckDB's memory and the
    // caller's are bounded by the largest person's stream rather than the whole table.
    private static readonly string ReadPersonSql = """
        SELECT e.row_no, e.id, e.session_code, e.seq, {ts}, e.duration, e.user_code, e.machine_code, e.team_code,
               e.source_code, e.kind_code, e.app_code, e.window_code, e.url_code, e.target_role_code,
               e.target_name_code, e.target_id_code, e.target_path_code, e.x, e.y, e."value", e.value_hash,
               e.case_code, e.activity_code, e.source_row, ea.keys, ea.vals
        FROM events e
        LEFT JOIN (SELECT row_no, list("key" ORDER BY "key") AS keys, list("value" ORDER BY "key") AS vals
                   FROM event_attrs WHERE row_no IN (SELECT row_no FROM events WHERE user_code = $u) GROUP BY row_no) ea
          ON ea.row_no = e.row_no
        WHERE e.user_code = $u
        ORDER BY coalesce({ts}, 0), e.row_no
        """.Replace("{ts}", DuckDbSchema.ClampedTs("e.ts"), StringComparison.Ordinal);

    /// <summary>
    /// Streams the events person by person, in the order of <see cref="EventPersons.Streams"/>, with one sorted query
    /// per person. A store holding events without a user (Action Logger's clipboard rows, whose person is the previous
    /// event's of the session) groups them in memory instead, as the default does.
    /// </summary>
    public IEnumerable<PersonEvents> ReadEventsByPerson() =>
        HasEventsWithoutUser() ? ((IEventStore)this).ReadEventsByPersonInMemory() : ReadByPersonQueries(ReadPersonSql, (r, _) => Event(r));

    private bool HasEventsWithoutUser() => Convert.ToInt64(Scalar("""
        SELECT count(*) FROM events e LEFT JOIN names n ON n.code = e.user_code WHERE e.user_code IS NULL OR n.name = ''
        """), System.Globalization.CultureInfo.InvariantCulture) > 0;

    // Runs one query (parameter $u: the user's code) per person, people in ordinal order of their pseudonyms. The
    // values map is the person's own (emptied between people), for readers that share repeated texts.
    private IEnumerable<PersonEvents> ReadByPersonQueries(string sql, Func<DuckDBDataReader, Dictionary<string, string>, UiEvent> read)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in PeopleInOrder())
        {
            var events = new List<UiEvent>();
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = sql;
                cmd.Parameters.Add(new DuckDBParameter("u", code));
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    events.Add(read(r, values));
            }
            values.Clear();
            yield return new PersonEvents(_names.Name(code), events);
        }
    }

    // The user codes of the store, people in ordinal order of their pseudonyms.
    private List<int> PeopleInOrder()
    {
        var codes = new List<int>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT DISTINCT user_code FROM events";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                codes.Add(r.GetInt32(0));
        }
        return [.. codes.OrderBy(c => _names.Name(c), StringComparer.Ordinal)];
    }
}
