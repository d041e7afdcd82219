using DuckDB.NET.Native;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Appends filled <see cref="EventChunk"/>s to <c>events</c> (through a native appender) and their attributes to
/// <c>event_attrs</c>. Both appenders run inside the connection's open transaction, so a rollback discards
/// everything they wrote. Only the thread that owns the connection calls <see cref="Append"/> and <see cref="Close"/>;
/// chunks may be made and filled anywhere.
/// </summary>
internal sealed class EventChunkWriter : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly DuckDB.NET.Data.DuckDBAppender _attrs;
    private readonly DuckDBLogicalType[] _types;
    private bool _closed;

    private EventChunkWriter(DuckDBAppender appender, DuckDB.NET.Data.DuckDBAppender attrs, DuckDBLogicalType[] types)
    {
        _appender = appender;
        _attrs = attrs;
        _types = types;
    }

    /// <summary>Rows per chunk (DuckDB's vector size).</summary>
    public static int ChunkCapacity => (int)NativeMethods.Helpers.DuckDBVectorSize();

    public static EventChunkWriter Create(DuckDBConnection connection)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, "events", out var appender) == DuckDBState.Error)
        {
            var message = NativeMethods.Appender.DuckDBAppenderErrorData(appender).Message;
            appender.Dispose();
            throw new InvalidOperationException($"DuckDB could not open an appender on events: {message}");
        }
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        if (count != EventChunk.ColumnCount)
        {
            appender.Dispose();
            throw new InvalidOperationException($"events has {count} columns, expected {EventChunk.ColumnCount}: the workspace schema does not match this version.");
        }
        var types = new DuckDBLogicalType[count];
        for (var i = 0; i < count; i++)
            types[i] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)i);
        return new EventChunkWriter(appender, connection.CreateAppender("event_attrs"), types);
    }

    /// <summary>A new, empty chunk in the layout of <c>events</c>; the caller disposes it.</summary>
    public EventChunk NewChunk() =>
        new(NativeMethods.DataChunks.DuckDBCreateDataChunk(_types.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)_types.Length), ChunkCapacity);

    /// <summary>Appends the rows of <paramref name="chunk"/>; the filling side clears it (<see cref="EventChunk.Clear"/>) before reusing it.</summary>
    public void Append(EventChunk chunk)
    {
        if (chunk.Rows == 0)
            return;
        chunk.Seal();
        if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, chunk.Native) == DuckDBState.Error)
            throw new InvalidOperationException($"DuckDB rejected the events: {NativeMethods.Appender.DuckDBAppenderErrorData(_appender).Message}");
        foreach (var (rowNo, key, value) in chunk.Attrs)
            _attrs.CreateRow().AppendValue(rowNo).AppendValue(key).AppendValue(value).EndRow();
    }

    /// <summary>Closes both appenders; errors (constraints) surface here.</summary>
    public void Close()
    {
        if (_closed)
            return;
        _closed = true;
        if (NativeMethods.Appender.DuckDBAppenderClose(_appender) == DuckDBState.Error)
            throw new InvalidOperationException($"DuckDB rejected the events: {NativeMethods.Appender.DuckDBAppenderErrorData(_appender).Message}");
        _attrs.Close();
    }

    public void Dispose()
    {
        _attrs.Dispose();
        _appender.Dispose();
        foreach (var t in _types)
            t.Dispose();
    }
}
