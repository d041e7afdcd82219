using Deskmine.Core.Logs;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Reads events as an <see cref="EventLog"/>: DuckDB sorts <c>(case, ts, row_no)</c> and codes every column;
/// the result is streamed chunk by chunk straight from DuckDB's vectors into the arrays.
/// </summary>
internal sealed unsafe class LogReader(DuckDBConnection connection, LogQuery query, string path)
{
    /// <summary>Label of an event that has no value for any field of the classifier.</summary>
    public const string NoActivity = "(none)";

    public EventLog Read()
    {
        ArgumentNullException.ThrowIfNull(query);
        var everyEventHasActivity = Convert.ToInt64(Scalar("SELECT count(*) FROM events WHERE activity_code IS NULL"), System.Globalization.CultureInfo.InvariantCulture) == 0;
        var sql = new LogSql(query, everyEventHasActivity);
        var dims = new List<(string Column, LogDimension Dim)> { ("k", sql.Case), ("a", sql.Activity) };
        for (var i = 0; i < sql.Attributes.Count; i++)
            dims.Add(("x" + i, sql.Attributes[i]));
        var sourceNames = dims.Select(d => Names(d.Dim.DictionarySql ?? sql.Names(d.Column))).ToArray();
        var outputs = dims.Select(_ => new Recoder()).ToArray();

        var count = 0;
        var caseCodes = new int[1024];
        var activities = new int[1024];
        var timestamps = new long[1024];
        var refs = new long[1024];
        var attributes = sql.Attributes.Select(_ => new int[1024]).ToArray();

        if (NativeMethods.Query.DuckDBQuery(connection.NativeConnection, sql.Main(), out var result) == DuckDBState.Error)
        {
            var error = NativeMethods.Query.DuckDBResultError(ref result);
            NativeMethods.Query.DuckDBDestroyResult(ref result);
            throw new InvalidOperationException($"{path}: reading the event log failed: {error}");
        }
        try
        {
            while (true)
            {
                using var chunk = NativeMethods.Query.DuckDBFetchChunk(result);
                if (chunk.IsInvalid)
                    break;
                var size = (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(chunk);
                if (size == 0)
                    break;
                if (count + size > caseCodes.Length)
                {
                    var grow = Math.Max(caseCodes.Length * 2, count + size);
                    Array.Resize(ref caseCodes, grow);
                    Array.Resize(ref activities, grow);
                    Array.Resize(ref timestamps, grow);
                    Array.Resize(ref refs, grow);
                    for (var a = 0; a < attributes.Length; a++)
                        Array.Resize(ref attributes[a], grow);
                }
                ReadCodes(chunk, 0, size, caseCodes.AsSpan(count), outputs[0], sourceNames[0], null);
                ReadCodes(chunk, 1, size, activities.AsSpan(count), outputs[1], sourceNames[1], NoActivity);
                ReadInt64(chunk, dims.Count, size, timestamps.AsSpan(count), EventLog.NoTimestamp);
                ReadInt64(chunk, dims.Count + 1, size, refs.AsSpan(count), -1);
                for (var a = 0; a < attributes.Length; a++)
                    ReadCodes(chunk, 2 + a, size, attributes[a].AsSpan(count), outputs[2 + a], sourceNames[2 + a], null);
                count += size;
            }
        }
        finally
        {
            NativeMethods.Query.DuckDBDestroyResult(ref result);
        }

        var caseStarts = new List<int>(outputs[0].Names.Count + 1);
        for (var i = 0; i < count; i++)
        {
            // Case codes are handed out in order of appearance and the rows are sorted by case, so a new
            // case is exactly a code one higher than the last.
            if (caseStarts.Count == caseCodes[i])
                caseStarts.Add(i);
        }
        caseStarts.Add(count);
        var attributeColumns = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal);
        for (var a = 0; a < attributes.Length; a++)
            attributeColumns[sql.AttributeNames[a]] = new CategoricalColumn(outputs[2 + a].Names.ToArray(), attributes[a][..count]);
        return new EventLog(outputs[0].Names.ToArray(), caseStarts.ToArray(), outputs[1].Names.ToArray(),
            activities[..count], timestamps[..count], refs[..count], attributeColumns);
    }

    private static void ReadCodes(DuckDBDataChunk chunk, int column, int size, Span<int> target, Recoder recoder, string[] names, string? nullName)
    {
        var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, column);
        var data = (int*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        for (var i = 0; i < size; i++)
        {
            var valid = validity == null || (validity[i >> 6] & (1UL << (i & 63))) != 0;
            target[i] = valid ? recoder.Code(data[i], names) : nullName is null ? -1 : recoder.CodeOf(nullName);
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

    private object? Scalar(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>Maps the query's codes to dense output codes in order of first appearance.</summary>
    private sealed class Recoder
    {
        private int[] _map = [];
        private Dictionary<string, int>? _byName;

        public List<string> Names { get; } = [];

        public int Code(int source, string[] names)
        {
            if (_map.Length < names.Length)
            {
                var old = _map.Length;
                Array.Resize(ref _map, names.Length);
                _map.AsSpan(old).Fill(-1);
            }
            var code = _map[source];
            if (code < 0)
            {
                code = CodeOf(names[source]);
                _map[source] = code;
            }
            return code;
        }

        public int CodeOf(string name)
        {
            _byName ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (!_byName.TryGetValue(name, out var code))
            {
                code = Names.Count;
                Names.Add(name);
                _byName[name] = code;
            }
            return code;
        }
    }
}
