using Deskmine.Core.Logs;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Reads events as an <see cref="EventLog"/>. DuckDB codes every column (stored codes are read as they are) and
/// streams the rows unsorted, chunk by chunk, straight from its vectors into arrays; the grouping by case is a
/// counting sort here (rows moved in place) and the order inside each case a check (already ordered in the usual
/// case) or a small sort. Sorting 10 M rows in DuckDB cost more than 20 s and 2 GB; this costs about a second and
/// the arrays themselves at the peak (see <c>docs/benchmarks.md</c>).
/// </summary>
internal sealed unsafe class LogReader(DuckDBConnection connection, LogQuery query, string path)
{
    /// <summary>Label of an event that has no value for any field of the classifier.</summary>
    public const string NoActivity = "(none)";

    private const int Missing = -1;

    public EventLog Read()
    {
        ArgumentNullException.ThrowIfNull(query);
        var everyEventHasActivity = Int64Scalar("SELECT count(*) FROM events WHERE activity_code IS NULL") == 0;
        var sql = new LogSql(query, everyEventHasActivity);
        var dims = new List<(string Column, LogDimension Dim)> { ("k", sql.Case), ("a", sql.Activity) };
        for (var i = 0; i < sql.Attributes.Count; i++)
            dims.Add(("x" + i, sql.Attributes[i]));
        var sourceNames = dims.Select(d => Names(d.Dim.DictionarySql ?? sql.Names(d.Column))).ToArray();

        // Every query returns at most one row per stored event, so the table size bounds the arrays: no regrowth.
        // Interval events (an XES start_timestamp, idle and focus periods) carry a duration; most logs have none.
        var withDurations = Int64Scalar("SELECT count(*) FROM events WHERE coalesce(duration, 0) <> 0") > 0;
        var raw = new RawColumns(checked((int)Int64Scalar("SELECT count(*) FROM events")), dims.Count, withDurations);
        Fetch(sql.Main(withDurations), raw);
        var log = Arrange(raw, sourceNames);
        var attributes = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal);
        for (var a = 0; a < sql.Attributes.Count; a++)
            attributes[sql.AttributeNames[a]] = Recode(log.Codes[2 + a], sourceNames[2 + a], null);
        var activities = Recode(log.Codes[1], sourceNames[1], NoActivity);
        return new EventLog(log.CaseIds, log.CaseStarts, activities.Names, activities.Codes, log.Timestamps, log.Refs, attributes, log.Durations);
    }

    /// <summary>Runs the query as a streaming result and copies each chunk's vectors into <paramref name="raw"/>.</summary>
    private void Fetch(string sqlText, RawColumns raw)
    {
        if (NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sqlText, out var prepared) == DuckDBState.Error)
        {
            var error = NativeMethods.PreparedStatements.DuckDBPrepareError(prepared);
            prepared.Dispose();
            throw new InvalidOperationException($"{path}: reading the event log failed: {error}");
        }
        using (prepared)
        {
            if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(prepared, out var result) == DuckDBState.Error)
            {
                var error = NativeMethods.Query.DuckDBResultError(ref result);
                NativeMethods.Query.DuckDBDestroyResult(ref result);
                throw new InvalidOperationException($"{path}: reading the event log failed: {error}");
            }
            try
            {
                var codeColumns = raw.Codes.Length;
                while (true)
                {
                    using var chunk = NativeMethods.Query.DuckDBFetchChunk(result);
                    if (chunk.IsInvalid)
                        break;
                    var size = (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(chunk);
                    if (size == 0)
                        break;
                    if (raw.Count + size > raw.Capacity)
                        throw new InvalidOperationException($"{path}: the event log query returned more rows than there are events; the workspace is damaged.");
                    for (var c = 0; c < codeColumns; c++)
                        ReadInt32(chunk, c, size, raw.Codes[c].AsSpan(raw.Count));
                    ReadInt64(chunk, codeColumns, size, raw.Timestamps.AsSpan(raw.Count), EventLog.NoTimestamp);
                    ReadInt64(chunk, codeColumns + 1, size, raw.Refs.AsSpan(raw.Count), -1);
                    if (raw.Durations is { } durations)
                        ReadInt64(chunk, codeColumns + 2, size, durations.AsSpan(raw.Count), 0);
                    raw.Count += size;
                }
            }
            finally
            {
                NativeMethods.Query.DuckDBDestroyResult(ref result);
            }
        }
    }

    /// <summary>
    /// Groups the rows by case code (counting sort, cases in code order, empty codes dropped) and orders each case by
    /// timestamp, then store order. Rows are moved in place: the peak is the raw columns alone (about 24 bytes per event).
    /// </summary>
    private static Arranged Arrange(RawColumns raw, string[][] sourceNames)
    {
        var n = raw.Count;
        var keys = raw.Codes[0];
        var caseNames = sourceNames[0];
        var bucket = new int[caseNames.Length + 1];
        for (var i = 0; i < n; i++)
            bucket[keys[i] + 1]++;
        var caseIds = new List<string>();
        var caseStarts = new List<int>();
        for (var c = 0; c < caseNames.Length; c++)
        {
            if (bucket[c + 1] > 0)
            {
                caseIds.Add(caseNames[c]);
                caseStarts.Add(bucket[c]);
            }
            bucket[c + 1] += bucket[c];
        }
        caseStarts.Add(n);
        // bucket[c] is now the first slot of case code c; hand out slots in arrival order (stable), turning the case
        // column into the destination of each row, then move every row there in place (no second set of arrays).
        for (var i = 0; i < n; i++)
            keys[i] = bucket[keys[i]]++;
        var timestamps = raw.Timestamps;
        var refs = raw.Refs;
        var durations = raw.Durations;
        var codes = raw.Codes;
        for (var i = 0; i < n; i++)
        {
            while (keys[i] != i)
            {
                var j = keys[i];
                (timestamps[i], timestamps[j]) = (timestamps[j], timestamps[i]);
                (refs[i], refs[j]) = (refs[j], refs[i]);
                if (durations is not null)
                    (durations[i], durations[j]) = (durations[j], durations[i]);
                for (var c = 1; c < codes.Length; c++)
                    (codes[c][i], codes[c][j]) = (codes[c][j], codes[c][i]);
                (keys[i], keys[j]) = (keys[j], j);
            }
        }
        codes[0] = [];
        if (n < raw.Capacity)
        {
            // Some events had no case: trim to the rows read.
            timestamps = timestamps[..n];
            refs = refs[..n];
            durations = durations?[..n];
            for (var c = 1; c < codes.Length; c++)
                codes[c] = codes[c][..n];
        }
        var starts = caseStarts.ToArray();
        for (var c = 0; c + 1 < starts.Length; c++)
            SortCase(starts[c], starts[c + 1], timestamps, refs, durations, codes);
        return new Arranged(caseIds.ToArray(), starts, timestamps, refs, durations, codes);
    }

    // Orders one case by (timestamp, store order); a missing timestamp is long.MinValue, so it comes first.
    private static void SortCase(int from, int to, long[] timestamps, long[] refs, long[]? durations, int[][] codes)
    {
        var sorted = true;
        for (var i = from + 1; i < to && sorted; i++)
            sorted = timestamps[i - 1] < timestamps[i] || (timestamps[i - 1] == timestamps[i] && refs[i - 1] <= refs[i]);
        if (sorted)
            return;
        var length = to - from;
        var order = new int[length];
        for (var i = 0; i < length; i++)
            order[i] = from + i;
        Array.Sort(order, Comparer<int>.Create((x, y) =>
        {
            var byTime = timestamps[x].CompareTo(timestamps[y]);
            return byTime != 0 ? byTime : refs[x].CompareTo(refs[y]);
        }));
        Permute(timestamps, order, from);
        Permute(refs, order, from);
        if (durations is not null)
            Permute(durations, order, from);
        for (var c = 1; c < codes.Length; c++)
            Permute(codes[c], order, from);
    }

    private static void Permute<T>(T[] column, int[] order, int from)
    {
        var copy = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
            copy[i] = column[order[i]];
        copy.CopyTo(column, from);
    }

    /// <summary>Renumbers source codes in place in order of first appearance, so only names that occur are listed.</summary>
    private static CategoricalColumn Recode(int[] codes, string[] names, string? nullName)
    {
        var map = new int[names.Length];
        map.AsSpan().Fill(Missing);
        var values = new List<string>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var nullCode = Missing;
        for (var i = 0; i < codes.Length; i++)
        {
            var source = codes[i];
            if (source == Missing)
            {
                if (nullName is not null && nullCode == Missing)
                    nullCode = CodeOf(nullName);
                codes[i] = nullCode;
                continue;
            }
            var code = map[source];
            if (code == Missing)
                map[source] = code = CodeOf(names[source]);
            codes[i] = code;
        }
        return new CategoricalColumn(values.ToArray(), codes);

        // Two source codes can share a name (a computed label equal to the "(none)" label), so codes go by name.
        int CodeOf(string name)
        {
            if (!byName.TryGetValue(name, out var code))
            {
                code = values.Count;
                values.Add(name);
                byName[name] = code;
            }
            return code;
        }
    }

    private static void ReadInt32(DuckDBDataChunk chunk, int column, int size, Span<int> target)
    {
        var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, column);
        var data = (int*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        new ReadOnlySpan<int>(data, size).CopyTo(target);
        if (validity == null)
            return;
        for (var i = 0; i < size; i++)
        {
            if ((validity[i >> 6] & (1UL << (i & 63))) == 0)
                target[i] = Missing;
        }
    }

    private static void ReadInt64(DuckDBDataChunk chunk, int column, int size, Span<long> target, long nullValue)
    {
        var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, column);
        var data = (long*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        new ReadOnlySpan<long>(data, size).CopyTo(target);
        if (validity == null)
            return;
        for (var i = 0; i < size; i++)
        {
            if ((validity[i >> 6] & (1UL << (i & 63))) == 0)
                target[i] = nullValue;
        }
    }

    private string[] Names(string dictionarySql)
    {
        var names = new List<string>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = dictionarySql;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names.ToArray();
    }

    private long Int64Scalar(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The query's columns as they arrive: code columns (case, activity, attributes), timestamps, row numbers, durations.</summary>
    private sealed class RawColumns(int capacity, int codeColumns, bool withDurations)
    {
        public long[]? Durations { get; } = withDurations ? new long[capacity] : null;

        public int Capacity { get; } = capacity;

        public int Count { get; set; }

        public int[][] Codes { get; } = Enumerable.Range(0, codeColumns).Select(_ => new int[capacity]).ToArray();

        public long[] Timestamps { get; } = new long[capacity];

        public long[] Refs { get; } = new long[capacity];
    }

    /// <summary>The rows grouped and ordered; <see cref="Codes"/>[0] (the case) is empty, the rest still hold source codes.</summary>
    private sealed record Arranged(string[] CaseIds, int[] CaseStarts, long[] Timestamps, long[] Refs, long[]? Durations, int[][] Codes);
}
