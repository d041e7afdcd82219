using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Appends filled <see cref="EventChunk"/>s to <c>events</c> (through a <see cref="NativeAppender"/>) and their
/// attributes to <c>event_attrs</c>. Both appenders run inside the connection's open transaction, so a rollback
/// discards everything they wrote. Only the thread that owns the connection calls <see cref="Append"/> and
/// <see cref="Close"/>; chunks may be made and filled anywhere.
/// </summary>
internal sealed class EventChunkWriter : IDisposable
{
    private readonly NativeAppender _events;
    private readonly DuckDB.NET.Data.DuckDBAppender _attrs;
    private bool _closed;

    private EventChunkWriter(NativeAppender events, DuckDB.NET.Data.DuckDBAppender attrs)
    {
        _events = events;
        _attrs = attrs;
    }

    /// <summary>Rows per chunk (DuckDB's vector size).</summary>
    public static int ChunkCapacity => NativeAppender.ChunkCapacity;

    public static EventChunkWriter Create(DuckDBConnection connection)
    {
        var events = NativeAppender.Create(connection, "events", EventChunk.ColumnCount);
        try
        {
            return new EventChunkWriter(events, connection.CreateAppender("event_attrs"));
        }
        catch
        {
            events.Dispose();
            throw;
        }
    }

    /// <summary>A new, empty chunk in the layout of <c>events</c>; the caller disposes it.</summary>
    public EventChunk NewChunk() => new(_events.NewNativeChunk(), ChunkCapacity);

    /// <summary>Appends the rows of <paramref name="chunk"/>; the filling side clears it (<see cref="EventChunk.Clear"/>) before reusing it.</summary>
    public void Append(EventChunk chunk)
    {
        if (chunk.Rows == 0)
            return;
        _events.Append(chunk);
        foreach (var (rowNo, key, value) in chunk.Attrs)
            _attrs.CreateRow().AppendValue(rowNo).AppendValue(key).AppendValue(value).EndRow();
    }

    /// <summary>Closes both appenders; errors (constraints) surface here.</summary>
    public void Close()
    {
        if (_closed)
            return;
        _closed = true;
        _events.Close();
        _attrs.Close();
    }

    public void Dispose()
    {
        _attrs.Dispose();
        _events.Dispose();
    }
}
