using System.Globalization;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// One row per item in <c>result_rows</c>, appended as they come: the step names of a 10 M-event run as one document
    /// were a 360 MB value that DuckDB held whole in one block, and writing it raised the peak memory of <c>mine</c> by
    /// about 0.9 GB. A document stored under the same key before is removed.
    /// </remarks>
    public void PutResultRows(string key, IEnumerable<KeyValuePair<string, string>> rows)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(rows);
        ThrowIfReadOnly();
        using var limit = AppendMemoryLimit();
        using var threads = OneDuckDbThread.Set(this);
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM results WHERE \"key\" = ?", key);
        Execute("DELETE FROM result_rows WHERE \"key\" = ?", key);
        using (var appender = _connection.CreateAppender("result_rows"))
        {
            foreach (var (item, value) in rows)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(rows));
                ArgumentNullException.ThrowIfNull(value, nameof(rows));
                appender.CreateRow().AppendValue(key).AppendValue(item).AppendValue(value).EndRow();
            }
            appender.Close();
        }
        tx.Commit();
    }

    /// <inheritdoc/>
    /// <remarks>Workspaces written before results could be rows (or opened read-only from then) hold the document only.</remarks>
    public IReadOnlyDictionary<string, string>? GetResultRows(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var count = HasResultRowsTable()
            ? Convert.ToInt64(Scalar("SELECT count(*) FROM result_rows WHERE \"key\" = ?", key), CultureInfo.InvariantCulture)
            : 0;
        if (count == 0)
            return GetResult(key) is { } json ? ResultRowsJson.Read(json) : null;
        var rows = new Dictionary<string, string>((int)count, StringComparer.Ordinal);
        // Values repeat (a million labels read as a few thousand step names): each distinct one is kept once.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT item, \"value\" FROM result_rows WHERE \"key\" = ?";
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(key));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var value = r.GetString(1);
            if (!values.TryGetValue(value, out var shared))
                values.Add(value, shared = value);
            rows[r.GetString(0)] = shared;
        }
        return rows;
    }

    private bool HasResultRowsTable() =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'result_rows'"), CultureInfo.InvariantCulture) > 0;
}
