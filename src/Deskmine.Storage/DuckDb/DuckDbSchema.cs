namespace Deskmine.Storage.DuckDb;

/// <summary>
/// The tables of the DuckDB event store (schema v2). <c>events</c> keeps every field of schema v1 in column
/// order <see cref="EventColumns"/>. Case ids and activities are dictionary-coded in <c>cases</c> and
/// <c>activities</c>; the repetitive text fields (ids, names, titles, addresses, element paths) (<see cref="CodedFields"/>) are INTEGER codes into the shared
/// dictionary <c>names</c>, because DuckDB spends several times more per VARCHAR column on append and checkpoint
/// than per INTEGER column (figures in <c>docs/benchmarks.md</c>). Attrs live in a side table because they are
/// sparse and unbounded.
/// </summary>
internal static class DuckDbSchema
{
    /// <summary>Columns of <c>events</c>, in table order; the chunk writer relies on this order.</summary>
    public static readonly string[] EventColumns =
    [
        "row_no", "id", "session_code", "seq", "ts", "duration", "user_code", "machine_code", "team_code", "source_code",
        "kind_code", "app_code", "window_code", "url_code", "target_role_code", "target_name_code", "target_id_code", "target_path_code",
        "x", "y", "value", "value_hash", "case_code", "activity_code", "source_row",
    ];

    /// <summary>Text fields stored as a code into <c>names</c> in the column <c>FIELD_code</c>.</summary>
    public static readonly IReadOnlyList<string> CodedFields =
        ["session", "user", "machine", "team", "source", "kind", "app", "window", "url", "target_role", "target_name", "target_id", "target_path"];

    /// <summary>Text fields stored as VARCHAR: typed values and content hashes, nearly all distinct.</summary>
    public static readonly IReadOnlyList<string> PlainTextFields = ["value", "value_hash"];

    /// <summary>Schema v1 field names that map onto a text value of an event (coded or plain).</summary>
    public static readonly IReadOnlySet<string> TextFields = new HashSet<string>(CodedFields.Concat(PlainTextFields), StringComparer.Ordinal);

    /// <summary>Schema v1 field names that map onto a number column of <c>events</c> (read as text in labels).</summary>
    public static readonly IReadOnlySet<string> NumberFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "seq", "ts", "duration", "x", "y", "source_row",
    };

    /// <summary>Whether <paramref name="field"/> is stored as a code into <c>names</c>.</summary>
    public static bool IsCoded(string field) => CodedFields.Contains(field);

    public static readonly string CreateTables = """
        CREATE TABLE IF NOT EXISTS events (
            row_no BIGINT NOT NULL,
            id UUID NOT NULL,
            session_code INTEGER NOT NULL,
            seq BIGINT NOT NULL,
            ts BIGINT,
            duration BIGINT,
            user_code INTEGER,
            machine_code INTEGER,
            team_code INTEGER,
            source_code INTEGER NOT NULL,
            kind_code INTEGER NOT NULL,
            app_code INTEGER,
            window_code INTEGER,
            url_code INTEGER,
            target_role_code INTEGER,
            target_name_code INTEGER,
            target_id_code INTEGER,
            target_path_code INTEGER,
            x INTEGER,
            y INTEGER,
            "value" VARCHAR,
            value_hash VARCHAR,
            case_code INTEGER,
            activity_code INTEGER,
            source_row BIGINT);
        CREATE TABLE IF NOT EXISTS event_attrs (row_no BIGINT NOT NULL, "key" VARCHAR NOT NULL, "value" VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS activities (code INTEGER NOT NULL, name VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS cases (code INTEGER NOT NULL, name VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS names (code INTEGER NOT NULL, name VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS truth (event_id UUID NOT NULL, task_type VARCHAR NOT NULL, task_instance VARCHAR NOT NULL, step VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS derived_runs (run_no INTEGER NOT NULL, run VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS derived_events (event_id UUID NOT NULL, run_no INTEGER NOT NULL, segment_no INTEGER, label_no INTEGER);
        CREATE TABLE IF NOT EXISTS derived_segments (run_no INTEGER NOT NULL, segment_no INTEGER NOT NULL, segment VARCHAR, task_type VARCHAR, case_id VARCHAR);
        CREATE TABLE IF NOT EXISTS derived_labels (run_no INTEGER NOT NULL, label_no INTEGER NOT NULL, label VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS results ("key" VARCHAR PRIMARY KEY, json VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS result_rows ("key" VARCHAR NOT NULL, item VARCHAR NOT NULL, "value" VARCHAR NOT NULL);
        """ + ViewSql;

    /// <summary>
    /// <c>derived</c>: one row per event of a derived run (event id, run, segment, task type, case id, label), joined from
    /// the numbered rows of <c>derived_events</c> and the texts of <c>derived_runs</c>, <c>derived_segments</c> and
    /// <c>derived_labels</c>. Workspaces written before the numbered layout held a table of that name and shape.
    /// </summary>
    public const string DerivedView = """
        CREATE OR REPLACE VIEW derived AS
        SELECT e.event_id, r.run, s.segment, s.task_type, s.case_id, l.label
        FROM derived_events e
        JOIN derived_runs r ON r.run_no = e.run_no
        LEFT JOIN derived_segments s ON s.run_no = e.run_no AND s.segment_no = e.segment_no
        LEFT JOIN derived_labels l ON l.run_no = e.run_no AND l.label_no = e.label_no;
        """;

    /// <summary>
    /// Moves the rows of the table <c>derived</c> of a workspace written before the numbered layout into the numbered
    /// tables (in their stored order), then drops it.
    /// </summary>
    public const string MigrateDerivedTable = """
        INSERT INTO derived_runs
        SELECT CAST(row_number() OVER (ORDER BY run) - 1 AS INTEGER), run FROM (SELECT DISTINCT run FROM derived);
        INSERT INTO derived_segments
        SELECT r.run_no, CAST(row_number() OVER (PARTITION BY r.run_no ORDER BY d.segment, d.task_type, d.case_id) - 1 AS INTEGER), d.segment, d.task_type, d.case_id
        FROM (SELECT DISTINCT run, segment, task_type, case_id FROM derived
              WHERE segment IS NOT NULL OR task_type IS NOT NULL OR case_id IS NOT NULL) d
        JOIN derived_runs r ON r.run = d.run;
        INSERT INTO derived_labels
        SELECT r.run_no, CAST(row_number() OVER (PARTITION BY r.run_no ORDER BY d.label) - 1 AS INTEGER), d.label
        FROM (SELECT DISTINCT run, label FROM derived WHERE label IS NOT NULL) d
        JOIN derived_runs r ON r.run = d.run;
        INSERT INTO derived_events
        SELECT d.event_id, r.run_no, s.segment_no, l.label_no
        FROM derived d
        JOIN derived_runs r ON r.run = d.run
        LEFT JOIN derived_segments s ON s.run_no = r.run_no AND s.segment IS NOT DISTINCT FROM d.segment
            AND s.task_type IS NOT DISTINCT FROM d.task_type AND s.case_id IS NOT DISTINCT FROM d.case_id
        LEFT JOIN derived_labels l ON l.run_no = r.run_no AND l.label = d.label
        ORDER BY d.rowid;
        DROP TABLE derived;
        """;

    /// <summary><c>events_view</c>: <c>events</c> with every code replaced by its text, for ad-hoc SQL and <c>ReadEvents</c>.</summary>
    private static string ViewSql
    {
        get
        {
            var sb = new System.Text.StringBuilder("CREATE OR REPLACE VIEW events_view AS SELECT e.row_no, e.id, ");
            foreach (var column in EventColumns.Skip(2))
            {
                if (column.EndsWith("_code", StringComparison.Ordinal) && column is not ("case_code" or "activity_code"))
                    sb.Append("n_").Append(column).Append(".name AS ").Append(Ident(column[..^5])).Append(", ");
                else if (column is not ("case_code" or "activity_code"))
                    sb.Append("e.").Append(Ident(column)).Append(", ");
            }
            sb.Append("c.name AS case_id, a.name AS activity FROM events e LEFT JOIN cases c ON c.code = e.case_code LEFT JOIN activities a ON a.code = e.activity_code");
            foreach (var coded in CodedFields)
                sb.Append(" LEFT JOIN names n_").Append(coded).Append("_code ON n_").Append(coded).Append("_code.code = e.").Append(coded).Append("_code");
            return sb.Append(';').ToString();
        }
    }

    /// <summary>
    /// <paramref name="column"/> (a microsecond timestamp) kept within years 1–9999, the range every reader now enforces
    /// and that <see cref="DateTimeOffset"/> can hold. Workspaces written before imports refused other times may hold
    /// some; reading them clamped lets export and reports run (see <c>OutOfRangeTimes</c>, which names them). NULL stays NULL.
    /// </summary>
    public static string ClampedTs(string column) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"CASE WHEN {column} > {Core.Timestamps.MaxMicros} THEN {Core.Timestamps.MaxMicros} WHEN {column} < {Core.Timestamps.MinMicros} THEN {Core.Timestamps.MinMicros} ELSE {column} END");

    /// <summary>Quotes a SQL identifier.</summary>
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Quotes a SQL string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
