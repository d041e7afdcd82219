using System.Runtime.InteropServices;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    /// <inheritdoc/>
    public long ReplaceDerived(string run, IEnumerable<DerivedRecord> records)
    {
        ArgumentException.ThrowIfNullOrEmpty(run);
        ArgumentNullException.ThrowIfNull(records);
        ThrowIfReadOnly();
        long n = 0;
        using var limit = AppendMemoryLimit();
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM derived WHERE run = ?", run);
        using (var appender = _connection.CreateAppender("derived"))
        {
            foreach (var d in records)
            {
                ArgumentNullException.ThrowIfNull(d, nameof(records));
                appender.CreateRow().AppendValue(d.EventId).AppendValue(run).AppendValue(d.Segment).AppendValue(d.TaskType)
                    .AppendValue(d.CaseId).AppendValue(d.Label).EndRow();
                n++;
            }
            appender.Close();
        }
        tx.Commit();
        return n;
    }

    // An append needs little of DuckDB's memory: it writes each row group to the file as it fills. Under the workspace's
    // limit (a quarter of the machine's memory) DuckDB kept the written blocks cached until the commit: 150 MB of the
    // 450 MB `mine` held while storing the derived rows of 1 M events. Under this limit DuckDB held 110 MB at the commit
    // of 10 M rows, and the store stage of `mine` took about 1.1 GB instead of 1.45–1.95 GB (docs/benchmarks.md).
    internal const string AppendLimit = "128MB";

    /// <summary>Sets DuckDB's memory limit to <see cref="AppendLimit"/> until disposed.</summary>
    private RestoredSetting AppendMemoryLimit()
    {
        Execute($"SET memory_limit='{AppendLimit}'");
        return new RestoredSetting(this, _memoryLimit is null ? "RESET memory_limit" : $"SET memory_limit={DuckDbSchema.Literal(_memoryLimit)}");
    }

    private sealed class RestoredSetting(DuckDbEventStore store, string restore) : IDisposable
    {
        public void Dispose() => store.Execute(restore);
    }

    /// <inheritdoc/>
    public IReadOnlyList<DerivedRecord> ReadDerived(string run)
    {
        ArgumentException.ThrowIfNullOrEmpty(run);
        var list = new List<DerivedRecord>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT event_id, segment, task_type, case_id, label FROM derived WHERE run = ?";
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(run));
        using var r = cmd.ExecuteReader();
        // A segment, type, case and label repeat over many events: each distinct text is kept once (with its own
        // string per row, the records of 10 M events held about 3 GB of copies).
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        while (r.Read())
            list.Add(new DerivedRecord(r.GetGuid(0), Shared(r, 1), Shared(r, 2), Shared(r, 3), Shared(r, 4)));
        return list;

        string? Shared(DuckDB.NET.Data.DuckDBDataReader reader, int i)
        {
            if (Text(reader, i) is not { } text)
                return null;
            if (texts.TryGetValue(text, out var shared))
                return shared;
            texts.Add(text, text);
            return text;
        }
    }

    /// <inheritdoc/>
    public void PutResult(string key, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        ThrowIfReadOnly();
        // Appended rather than bound as a statement parameter: documents run to tens of megabytes (step names of a
        // large run), and the appender copies the text into the table once instead of through a parameter value.
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM results WHERE \"key\" = ?", key);
        Execute("DELETE FROM result_rows WHERE \"key\" = ?", key);
        using (var appender = _connection.CreateAppender("results"))
        {
            appender.CreateRow().AppendValue(key).AppendValue(json).EndRow();
            appender.Close();
        }
        tx.Commit();
    }

    /// <inheritdoc/>
    public void PutResultUtf8(string key, ReadOnlySpan<byte> json)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ThrowIfReadOnly();
        // The bytes go to DuckDB as they are (its text is UTF-8): no UTF-16 string of the document and no native
        // UTF-8 copy of one, which is what appending a string costs. The appender only reads the span.
        var bytes = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(json), json.Length);
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM results WHERE \"key\" = ?", key);
        Execute("DELETE FROM result_rows WHERE \"key\" = ?", key);
        using (var appender = _connection.CreateAppender("results"))
        {
            appender.CreateRow().AppendValue(key).AppendValue(bytes).EndRow();
            appender.Close();
        }
        tx.Commit();
    }

    /// <inheritdoc/>
    public string? GetResult(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Scalar("SELECT json FROM results WHERE \"key\" = ?", key) as string;
    }
}
