using DuckDB.NET.Native;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// DuckDB's native appender on one table, taking whole <see cref="NativeChunk"/>s. It runs inside the connection's
/// open transaction, so a rollback discards what it wrote. Only the thread that owns the connection calls
/// <see cref="Append"/> and <see cref="Close"/>; chunks may be made and filled anywhere.
/// </summary>
internal sealed class NativeAppender : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly DuckDBLogicalType[] _types;
    private readonly string _table;
    private bool _closed;

    private NativeAppender(DuckDBAppender appender, DuckDBLogicalType[] types, string table)
    {
        _appender = appender;
        _types = types;
        _table = table;
    }

    /// <summary>Rows per chunk (DuckDB's vector size).</summary>
    public static int ChunkCapacity => (int)NativeMethods.Helpers.DuckDBVectorSize();

    /// <summary>An appender on <paramref name="table"/>, which must have <paramref name="columns"/> columns.</summary>
    public static NativeAppender Create(DuckDBConnection connection, string table, int columns)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, table, out var appender) == DuckDBState.Error)
        {
            var message = NativeMethods.Appender.DuckDBAppenderErrorData(appender).Message;
            appender.Dispose();
            throw new InvalidOperationException($"DuckDB could not open an appender on {table}: {message}");
        }
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        if (count != columns)
        {
            appender.Dispose();
            throw new InvalidOperationException($"{table} has {count} columns, expected {columns}: the workspace schema does not match this version.");
        }
        var types = new DuckDBLogicalType[count];
        for (var i = 0; i < count; i++)
            types[i] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)i);
        return new NativeAppender(appender, types, table);
    }

    /// <summary>A new, empty native chunk in the layout of the table; the chunk that wraps it disposes it.</summary>
    public DuckDBDataChunk NewNativeChunk() =>
        NativeMethods.DataChunks.DuckDBCreateDataChunk(_types.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)_types.Length);

    /// <summary>Appends the rows of <paramref name="chunk"/>; the filling side clears it before reusing it.</summary>
    public void Append(NativeChunk chunk)
    {
        if (chunk.Rows == 0)
            return;
        chunk.Seal();
        if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, chunk.Native) == DuckDBState.Error)
            throw new InvalidOperationException($"DuckDB rejected rows of {_table}: {NativeMethods.Appender.DuckDBAppenderErrorData(_appender).Message}");
    }

    /// <summary>Flushes and closes the appender; errors (constraints) surface here.</summary>
    public void Close()
    {
        if (_closed)
            return;
        _closed = true;
        if (NativeMethods.Appender.DuckDBAppenderClose(_appender) == DuckDBState.Error)
            throw new InvalidOperationException($"DuckDB rejected rows of {_table}: {NativeMethods.Appender.DuckDBAppenderErrorData(_appender).Message}");
    }

    public void Dispose()
    {
        _appender.Dispose();
        foreach (var t in _types)
            t.Dispose();
    }
}
