using System.Globalization;
using System.Runtime.InteropServices;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    /// <inheritdoc/>
    /// <remarks>Each distinct segment (id, type, case) and label is stored once; see <see cref="ReplaceDerived(string, DerivedRun)"/>.</remarks>
    public long ReplaceDerived(string run, IEnumerable<DerivedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var segments = new List<DerivedSegment>();
        var labels = new List<string>();
        return ReplaceDerived(run, new DerivedRun { Rows = Numbered(records, segments, labels), Segments = segments, Labels = labels });
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The rows go to <c>derived_events</c> as numbers, each segment to <c>derived_segments</c> and each label to
    /// <c>derived_labels</c> once; the view <c>derived</c> joins them back into one row per event for SQL readers. DuckDB
    /// spent most of the store stage of <c>mine</c> compressing a label of about 140 characters per event (docs/benchmarks.md).
    /// The segments and labels are read after the last row, so the row source may fill them as it goes.
    /// </remarks>
    public long ReplaceDerived(string run, DerivedRun derived)
    {
        ArgumentException.ThrowIfNullOrEmpty(run);
        ArgumentNullException.ThrowIfNull(derived);
        ThrowIfReadOnly();
        long n = 0;
        using var limit = AppendMemoryLimit();
        // As for a lazy append of events: with more threads each flush of the appender becomes a parallel insert that
        // the calling thread spins on (a third of this call's time for the rows of 1 M events).
        using var threads = OneDuckDbThread.Set(this);
        using var tx = _connection.BeginTransaction();
        var runNo = RunNumber(run) ?? Convert.ToInt32(Scalar("SELECT coalesce(max(run_no) + 1, 0) FROM derived_runs"), CultureInfo.InvariantCulture);
        foreach (var table in DerivedTables)
            Execute($"DELETE FROM {table} WHERE run_no = ?", runNo);
        Execute("INSERT INTO derived_runs VALUES (?, ?)", runNo, run);
        int maxSegment = -1, maxLabel = -1;
        using (var appender = NativeAppender.Create(_connection, "derived_events", DerivedEventsChunk.ColumnCount))
        using (var chunk = new DerivedEventsChunk(appender.NewNativeChunk(), NativeAppender.ChunkCapacity))
        {
            foreach (var row in derived.Rows)
            {
                chunk.Write(row, runNo);
                maxSegment = Math.Max(maxSegment, row.Segment);
                maxLabel = Math.Max(maxLabel, row.Label);
                n++;
                if (chunk.IsFull)
                {
                    appender.Append(chunk);
                    chunk.Clear();
                }
            }
            appender.Append(chunk);
            appender.Close();
        }
        if (maxSegment >= derived.Segments.Count)
            throw new ArgumentOutOfRangeException(nameof(derived), $"a row names segment {maxSegment}, but the run has {derived.Segments.Count}.");
        if (maxLabel >= derived.Labels.Count)
            throw new ArgumentOutOfRangeException(nameof(derived), $"a row names label {maxLabel}, but the run has {derived.Labels.Count}.");
        using (var appender = _connection.CreateAppender("derived_segments"))
        {
            for (var s = 0; s < derived.Segments.Count; s++)
            {
                var segment = derived.Segments[s] ?? throw new ArgumentException($"segment {s} is null.", nameof(derived));
                appender.CreateRow().AppendValue(runNo).AppendValue(s).AppendValue(segment.Segment)
                    .AppendValue(segment.TaskType).AppendValue(segment.CaseId).EndRow();
            }
            appender.Close();
        }
        using (var appender = _connection.CreateAppender("derived_labels"))
        {
            for (var l = 0; l < derived.Labels.Count; l++)
            {
                var label = derived.Labels[l] ?? throw new ArgumentException($"label {l} is null.", nameof(derived));
                appender.CreateRow().AppendValue(runNo).AppendValue(l).AppendValue(label).EndRow();
            }
            appender.Close();
        }
        tx.Commit();
        return n;
    }

    /// <summary>The tables behind the view <c>derived</c>.</summary>
    internal static readonly string[] DerivedTables = ["derived_events", "derived_segments", "derived_labels", "derived_runs"];

    // The number under which run is stored, or null when it has none.
    private int? RunNumber(string run) =>
        Scalar("SELECT any_value(run_no) FROM derived_runs WHERE run = ?", run) is { } n and not DBNull
            ? Convert.ToInt32(n, CultureInfo.InvariantCulture) : null;

    // Numbers each distinct segment (id, type and case) and label in order of first appearance while the rows are read.
    private static IEnumerable<DerivedRow> Numbered(IEnumerable<DerivedRecord> records, List<DerivedSegment> segments, List<string> labels)
    {
        var segmentNumbers = new Dictionary<DerivedSegment, int>();
        var labelNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in records)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(records));
            var segment = -1;
            if (d.Segment is not null || d.TaskType is not null || d.CaseId is not null)
            {
                var key = new DerivedSegment(d.Segment, d.TaskType, d.CaseId);
                if (!segmentNumbers.TryGetValue(key, out segment))
                {
                    segmentNumbers.Add(key, segment = segments.Count);
                    segments.Add(key);
                }
            }
            var label = -1;
            if (d.Label is not null && !labelNumbers.TryGetValue(d.Label, out label))
            {
                labelNumbers.Add(d.Label, label = labels.Count);
                labels.Add(d.Label);
            }
            yield return new DerivedRow(d.EventId, segment, label);
        }
    }

    // An append needs little of DuckDB's memory: it writes each row group to the file as it fills. Under the workspace's
    // limit (a quarter of the machine's memory) DuckDB kept the written blocks cached until the commit: 150 MB of the
    // 450 MB `mine` held while storing the derived rows of 1 M events. Under this limit DuckDB held 110 MB at the commit
    // of 10 M rows, and the store stage of `mine` took about 1.1 GB instead of 1.45–1.95 GB (docs/benchmarks.md).
    internal const string AppendLimit = "128MB";

    /// <summary>Sets DuckDB's memory limit to <see cref="AppendLimit"/> until disposed.</summary>
    private RestoredSetting AppendMemoryLimit() => LoweredMemoryLimit(AppendLimit);

    // Reading one person at a time needs little of DuckDB's memory either: a person's sorted events. Under the workspace's
    // limit DuckDB kept every block it read from the file cached while the people were read one after another.
    internal const string ReadLimit = "256MB";

    /// <summary>Sets DuckDB's memory limit to <see cref="ReadLimit"/> until disposed (or the read is abandoned).</summary>
    private RestoredSetting ReadMemoryLimit() => LoweredMemoryLimit(ReadLimit);

    // DuckDB's memory limit set to `limit` until disposed, then the workspace's again.
    private RestoredSetting LoweredMemoryLimit(string limit)
    {
        Execute($"SET memory_limit={DuckDbSchema.Literal(limit)}");
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
        if (!HasDerivedTables())
            return ReadDerivedTable(run);
        if (RunNumber(run) is not { } runNo)
            return [];
        // Segments and labels are read once each; every record of one shares their strings.
        var segments = new List<DerivedSegment?>();
        using (var cmd = Command("SELECT segment_no, segment, task_type, case_id FROM derived_segments WHERE run_no = ?", [runNo]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                Put(segments, r.GetInt32(0), new DerivedSegment(Text(r, 1), Text(r, 2), Text(r, 3)));
        }
        var labels = new List<string?>();
        using (var cmd = Command("SELECT label_no, label FROM derived_labels WHERE run_no = ?", [runNo]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                Put(labels, r.GetInt32(0), r.GetString(1));
        }
        var list = new List<DerivedRecord>();
        using (var cmd = Command("SELECT event_id, segment_no, label_no FROM derived_events WHERE run_no = ?", [runNo]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var segment = r.IsDBNull(1) ? null : At(segments, r.GetInt32(1), "segment");
                var label = r.IsDBNull(2) ? null : At(labels, r.GetInt32(2), "label");
                list.Add(new DerivedRecord(r.GetGuid(0), segment?.Segment, segment?.TaskType, segment?.CaseId, label));
            }
        }
        return list;

        static void Put<T>(List<T?> list, int at, T value)
            where T : class
        {
            while (list.Count <= at)
                list.Add(null);
            list[at] = value;
        }

        T At<T>(List<T?> list, int at, string what)
            where T : class =>
            at >= 0 && at < list.Count && list[at] is { } value ? value
                : throw new InvalidDataException($"{_path}: derived run '{run}' names {what} {at}, which it does not hold.");
    }

    // A workspace of the layout before derived_events (one row of texts per event), opened read-only.
    private List<DerivedRecord> ReadDerivedTable(string run)
    {
        var list = new List<DerivedRecord>();
        using var cmd = Command("SELECT event_id, segment, task_type, case_id, label FROM derived WHERE run = ?", [run]);
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

    private bool HasDerivedTables() =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'derived_events'"), CultureInfo.InvariantCulture) > 0;

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
