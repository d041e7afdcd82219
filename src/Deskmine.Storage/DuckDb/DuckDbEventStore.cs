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
    private readonly Dictionary<string, int> _caseCodes = new(StringComparer.Ordinal);
    private readonly List<string> _caseNames = [];
    private readonly Dictionary<string, int> _activityCodes = new(StringComparer.Ordinal);
    private readonly List<string> _activityNames = [];
    private long _nextRowNo;

    private DuckDbEventStore(DuckDBConnection connection, string path, bool readOnly)
    {
        _connection = connection;
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
                store.Execute(DuckDbSchema.CreateTables);
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

    private void LoadDictionaries()
    {
        Load("SELECT code, name FROM cases ORDER BY code", _caseCodes, _caseNames);
        Load("SELECT code, name FROM activities ORDER BY code", _activityCodes, _activityNames);
        _nextRowNo = Convert.ToInt64(Scalar("SELECT coalesce(max(row_no) + 1, 0) FROM events"), System.Globalization.CultureInfo.InvariantCulture);

        void Load(string sql, Dictionary<string, int> codes, List<string> names)
        {
            codes.Clear();
            names.Clear();
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var code = reader.GetInt32(0);
                if (code != names.Count)
                    throw new InvalidOperationException($"{_path}: dictionary codes are not dense (found {code}, expected {names.Count}); the workspace is damaged.");
                var name = reader.GetString(1);
                names.Add(name);
                codes[name] = code;
            }
        }
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
