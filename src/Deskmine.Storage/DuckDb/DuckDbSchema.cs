namespace Deskmine.Storage.DuckDb;

/// <summary>
/// The tables of the DuckDB event store (schema v1). <c>events</c> keeps every field of schema v1 in column
/// order <see cref="EventColumns"/>; case ids and activities are dictionary-coded; attrs live in a side table
/// because they are sparse and unbounded.
/// </summary>
internal static class DuckDbSchema
{
    /// <summary>Columns of <c>events</c>, in table order; the chunk writer relies on this order.</summary>
    public static readonly string[] EventColumns =
    [
        "row_no", "id", "session", "seq", "ts", "duration", "user", "machine", "team", "source", "kind", "app",
        "window", "url", "target_role", "target_name", "target_id", "target_path", "x", "y", "value", "value_hash",
        "case_code", "activity_code", "source_row",
    ];

    /// <summary>Schema v1 field names that map straight onto a VARCHAR column of <c>events</c>.</summary>
    public static readonly IReadOnlySet<string> TextFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "session", "user", "machine", "team", "source", "kind", "app", "window", "url", "target_role",
        "target_name", "target_id", "target_path", "value", "value_hash",
    };

    /// <summary>Schema v1 field names that map onto a number column of <c>events</c> (read as text in labels).</summary>
    public static readonly IReadOnlySet<string> NumberFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "seq", "ts", "duration", "x", "y", "source_row",
    };

    public const string CreateTables = """
        CREATE TABLE IF NOT EXISTS events (
            row_no BIGINT NOT NULL,
            id UUID NOT NULL,
            session VARCHAR NOT NULL,
            seq BIGINT NOT NULL,
            ts BIGINT,
            duration BIGINT,
            "user" VARCHAR,
            machine VARCHAR,
            team VARCHAR,
            source VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            app VARCHAR,
            "window" VARCHAR,
            url VARCHAR,
            target_role VARCHAR,
            target_name VARCHAR,
            target_id VARCHAR,
            target_path VARCHAR,
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
        CREATE TABLE IF NOT EXISTS truth (event_id UUID NOT NULL, task_type VARCHAR NOT NULL, task_instance VARCHAR NOT NULL, step VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS derived (event_id UUID NOT NULL, run VARCHAR NOT NULL, segment VARCHAR, task_type VARCHAR, case_id VARCHAR, label VARCHAR);
        CREATE TABLE IF NOT EXISTS results ("key" VARCHAR PRIMARY KEY, json VARCHAR NOT NULL);
        CREATE OR REPLACE VIEW events_view AS
            SELECT e.* EXCLUDE (case_code, activity_code), c.name AS case_id, a.name AS activity
            FROM events e
            LEFT JOIN cases c ON c.code = e.case_code
            LEFT JOIN activities a ON a.code = e.activity_code;
        """;

    /// <summary>Quotes a SQL identifier.</summary>
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Quotes a SQL string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
