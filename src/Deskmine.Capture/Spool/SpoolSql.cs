namespace Deskmine.Capture.Spool;

/// <summary>The spool's tables. Totals live in <c>counters</c>, kept by triggers in the same transaction as the
/// rows they count, so a killed process can never leave them out of step.</summary>
internal static class SpoolSql
{
    public const int Pending = 0;
    public const int Uploaded = 1;
    public const int Rejected = 2;

    public const string CreateTables = """
        CREATE TABLE IF NOT EXISTS events (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            session TEXT NOT NULL,
            seq INTEGER NOT NULL,
            state INTEGER NOT NULL DEFAULT 0,
            bytes INTEGER NOT NULL,
            body BLOB NOT NULL,
            UNIQUE (session, seq));
        CREATE INDEX IF NOT EXISTS events_state ON events (state, n);
        CREATE TABLE IF NOT EXISTS sessions (session TEXT PRIMARY KEY, opened_at INTEGER NOT NULL, next_seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO counters (name, value) VALUES
            ('events', 0), ('bytes', 0), ('duplicates', 0), ('dropped_when_full', 0), ('refused_when_full', 0),
            ('pruned_uploaded', 0);
        CREATE TRIGGER IF NOT EXISTS events_added AFTER INSERT ON events BEGIN
            UPDATE counters SET value = value + 1 WHERE name = 'events';
            UPDATE counters SET value = value + new.bytes WHERE name = 'bytes';
        END;
        CREATE TRIGGER IF NOT EXISTS events_removed AFTER DELETE ON events BEGIN
            UPDATE counters SET value = value - 1 WHERE name = 'events';
            UPDATE counters SET value = value - old.bytes WHERE name = 'bytes';
        END;
        """;

    public const string Insert = "INSERT OR IGNORE INTO events (id, session, seq, bytes, body) VALUES ($id, $session, $seq, $bytes, $body)";

    public const string Count = "UPDATE counters SET value = value + $n WHERE name = $name";

    // Room is made by removing the oldest acknowledged event first, then (policy permitting) the oldest pending one.
    public const string OldestUploaded = "SELECT n, bytes FROM events WHERE state IN (1, 2) ORDER BY n LIMIT 1";
    public const string OldestPending = "SELECT n, bytes FROM events WHERE state = 0 ORDER BY n LIMIT 1";
    public const string DeleteRow = "DELETE FROM events WHERE n = $n";
}
