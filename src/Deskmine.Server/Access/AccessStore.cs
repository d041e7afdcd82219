using Microsoft.Data.Sqlite;

namespace Deskmine.Server.Access;

/// <summary>
/// Accounts, login sessions, device and enrolment tokens and the audit log of one workspace, in
/// <c>access.sqlite</c> beside the event store. SQLite in WAL mode lets the CLI (<c>deskmine users add</c>,
/// <c>deskmine agents enroll</c>) write while the server runs; the event store's single-writer lock is not involved.
/// Tokens are kept only as SHA-256 digests and passwords only as the framework's salted PBKDF2 hashes.
/// </summary>
public sealed partial class AccessStore
{
    /// <summary>Name of the file inside the workspace.</summary>
    public const string FileName = "access.sqlite";

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role INTEGER NOT NULL, hash TEXT NOT NULL, person TEXT, created INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS logins (digest TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE, expires INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS enrolments (digest TEXT PRIMARY KEY, expires INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, digest TEXT NOT NULL UNIQUE, name TEXT NOT NULL, created INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS device_sessions (device TEXT NOT NULL, session TEXT NOT NULL, PRIMARY KEY (device, session));
        CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT, detail TEXT);
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    private AccessStore(string path, TimeProvider time)
    {
        Path = path;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Full path of <c>access.sqlite</c>.</summary>
    public string Path { get; }

    /// <summary>Whether <paramref name="workspaceDirectory"/> has an access store (without creating one).</summary>
    public static bool Exists(string workspaceDirectory) => File.Exists(System.IO.Path.Combine(workspaceDirectory, FileName));

    /// <summary>Opens (creating when absent) the access store of the workspace in <paramref name="workspaceDirectory"/>.</summary>
    public static AccessStore Open(string workspaceDirectory, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspaceDirectory);
        Directory.CreateDirectory(workspaceDirectory);
        var store = new AccessStore(System.IO.Path.GetFullPath(System.IO.Path.Combine(workspaceDirectory, FileName)), time ?? TimeProvider.System);
        using var connection = store.Connect();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Schema;
        cmd.ExecuteNonQuery();
        return store;
    }

    /// <summary>Whether anyone could authenticate: an account, an enrolled device or an open enrolment token.</summary>
    public bool HasAnyCredential()
    {
        using var connection = Connect();
        return Scalar<long>(connection, """
            SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM devices WHERE revoked = 0)
                 + (SELECT count(*) FROM enrolments WHERE used = 0 AND expires > $now)
            """, ("$now", Now())) > 0;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, sql, parameters);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
