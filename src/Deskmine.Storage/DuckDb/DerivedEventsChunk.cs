using Deskmine.Storage.Workspaces;
using DuckDB.NET.Native;

namespace Deskmine.Storage.DuckDb;

/// <summary>One DuckDB data chunk of <c>derived_events</c> rows: event id, run number, segment number, label number.</summary>
internal sealed class DerivedEventsChunk(DuckDBDataChunk chunk, int capacity) : NativeChunk(chunk, ColumnCount, capacity)
{
    /// <summary>Columns of <c>derived_events</c>.</summary>
    public const int ColumnCount = 4;

    /// <summary>Writes one row of run number <paramref name="run"/>; segment and label numbers below 0 are written as NULL.</summary>
    public void Write(DerivedRow row, int run)
    {
        SetGuid(0, row.EventId);
        SetInt32(1, run);
        SetInt32(2, row.Segment < 0 ? null : row.Segment);
        SetInt32(3, row.Label < 0 ? null : row.Label);
        EndRow();
    }
}
