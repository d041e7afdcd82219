using Deskmine.Core.Logs;
using Deskmine.Storage.Workspaces;
using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// <see cref="IEventStore"/> on one DuckDB file. Not thread-safe: one caller at a time. Opened through
/// <see cref="Workspace"/>, which also holds the workspace lock.
/// </summary>
internal sealed partial class DuckDbEventStore : IEventStore
{
    private readonly DuckDBConnection _connection;
    private readonly string _path;
    // The memory limit the database was opened with (a connection setting), restored after a lowered one.
    private readonly string? _memoryLimit;
    private readonly CodeDictionary _cases = new("cases");
    private readonly CodeDictionary _activities = new("activities");
    private readonly CodeDictionary _names = new("names");
    private long _nextRowNo;

    private DuckDbEventStore(DuckDBConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        _memoryLimit = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection.ConnectionString }
            .TryGetValue("memory_limit", out var limit) ? limit as string : null;
        _path = path;
        IsReadOnly = readOnly;
    }

    /// <summary>Whether writes are refused.</summary>
    public bool IsReadOnly { get; }

    /// <summary>The DuckDB file.</summary>
    public string Path => _path;

    /// <summary>Opens (and, when writable, creates the tables of) the database behind <paramref name="connectionString"/>.</summary>
    public static DuckDbEventStore Open(string connectionString, string path, bool readOnly)
    {
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
            var store = new DuckDbEventStore(connection, path, readOnly);
            if (!readOnly)
            {
                store.Execute(DuckDbSchema.CreateTables);
                store.UseNumberedDerivedRows();
                store.Execute(CreateObjectTables);
            }
            store.LoadDictionaries();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public long Count() => Convert.ToInt64(Scalar("SELECT count(*) FROM events"), System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public EventLog ReadLog(LogQuery query) => new LogReader(_connection, query, _path).Read();

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    /// <summary>Writes the write-ahead log into the database file, so that the file alone holds every committed row.</summary>
    public void Checkpoint()
    {
        ThrowIfReadOnly();
        Execute("FORCE CHECKPOINT");
    }

    // The view `derived` over the numbered tables; a workspace of the layout before them has its table moved over first.
    // Opening a workspace that has the view already writes nothing.
    private void UseNumberedDerivedRows()
    {
        if (CountOf("SELECT count(*) FROM duckdb_views() WHERE view_name = 'derived' AND NOT internal") > 0)
            return;
        using var tx = _connection.BeginTransaction();
        if (CountOf("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'derived'") > 0)
            Execute(DuckDbSchema.MigrateDerivedTable);
        Execute(DuckDbSchema.DerivedView);
        tx.Commit();
    }

    private long CountOf(string sql) => Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    private void LoadDictionaries()
    {
        _cases.Load(_connection, _path);
        _activities.Load(_connection, _path);
        _names.Load(_connection, _path);
        _nextRowNo = Convert.ToInt64(Scalar("SELECT coalesce(max(row_no) + 1, 0) FROM events"), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
            throw new InvalidOperationException($"{_path} was opened read-only.");
    }

    internal void Execute(string sql, params object[] parameters)
    {
        using var cmd = Command(sql, parameters);
        cmd.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, params object[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return cmd.ExecuteScalar();
    }

    private DuckDBCommand Command(string sql, object[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
            cmd.Parameters.Add(new DuckDBParameter(p));
        return cmd;
    }
}
