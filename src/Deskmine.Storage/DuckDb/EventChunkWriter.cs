using System.Buffers.Binary;
using System.Text;
using Deskmine.Core.Events;
using DuckDB.NET.Native;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Appends events to <c>events</c> by filling DuckDB data chunks directly (native vectors) and handing each full
/// chunk to a native appender. DuckDB.NET's row appender costs about 0.1–0.2 µs per value; writing the vectors
/// ourselves is several times faster (figures in <c>docs/storage.md</c>). The appender runs inside the
/// connection's open transaction, so a rollback discards everything it wrote.
/// </summary>
internal sealed unsafe class EventChunkWriter : IDisposable
{
    // Column positions in DuckDbSchema.EventColumns.
    private const int RowNo = 0, Id = 1, Session = 2, Seq = 3, Ts = 4, Duration = 5, User = 6, Machine = 7, Team = 8,
        Source = 9, Kind = 10, App = 11, Window = 12, Url = 13, TargetRole = 14, TargetName = 15, TargetId = 16,
        TargetPath = 17, X = 18, Y = 19, Value = 20, ValueHash = 21, CaseCode = 22, ActivityCode = 23, SourceRow = 24;
    private const int ColumnCount = 25;
    private const int InlineLength = 12;

    private readonly DuckDBAppender _appender;
    private readonly DuckDBDataChunk _chunk;
    private readonly IntPtr[] _vectors = new IntPtr[ColumnCount];
    private readonly IntPtr[] _data = new IntPtr[ColumnCount];
    private readonly IntPtr[] _validity = new IntPtr[ColumnCount];
    private readonly int _capacity;
    private byte[] _utf8 = new byte[256];
    private int _row;
    private bool _closed;

    private EventChunkWriter(DuckDBAppender appender, DuckDBDataChunk chunk, int capacity)
    {
        _appender = appender;
        _chunk = chunk;
        _capacity = capacity;
        BeginChunk();
    }

    public static EventChunkWriter Create(DuckDBConnection connection)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, "events", out var appender) == DuckDBState.Error)
        {
            var message = NativeMethods.Appender.DuckDBAppenderErrorData(appender).Message;
            appender.Dispose();
            throw new InvalidOperationException($"DuckDB could not open an appender on events: {message}");
        }
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        if (count != ColumnCount)
            throw new InvalidOperationException($"events has {count} columns, expected {ColumnCount}: the workspace schema does not match this version.");
        var types = new DuckDBLogicalType[count];
        try
        {
            for (var i = 0; i < count; i++)
                types[i] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)i);
            var chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(types.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)count);
            return new EventChunkWriter(appender, chunk, (int)NativeMethods.Helpers.DuckDBVectorSize());
        }
        finally
        {
            foreach (var t in types)
                t?.Dispose();
        }
    }

    /// <summary>Writes one event; the caller has checked its required fields.</summary>
    public void Write(long rowNo, UiEvent e, int? caseCode, int? activityCode, CodeDictionary names)
    {
        SetInt64(RowNo, rowNo);
        SetGuid(Id, e.Id);
        SetInt32(Session, names.Code(e.Session));
        SetInt64(Seq, e.Seq);
        SetInt64(Ts, e.Ts);
        SetInt64(Duration, e.Duration);
        SetInt32(User, names.CodeOrNull(e.User));
        SetInt32(Machine, names.CodeOrNull(e.Machine));
        SetInt32(Team, names.CodeOrNull(e.Team));
        SetInt32(Source, names.Code(e.Source));
        SetInt32(Kind, names.Code(e.Kind));
        SetInt32(App, names.CodeOrNull(e.App));
        SetInt32(Window, names.CodeOrNull(e.Window));
        SetInt32(Url, names.CodeOrNull(e.Url));
        SetInt32(TargetRole, names.CodeOrNull(e.TargetRole));
        SetInt32(TargetName, names.CodeOrNull(e.TargetName));
        SetInt32(TargetId, names.CodeOrNull(e.TargetId));
        SetInt32(TargetPath, names.CodeOrNull(e.TargetPath));
        SetInt32(X, e.X);
        SetInt32(Y, e.Y);
        SetString(Value, e.Value);
        SetString(ValueHash, e.ValueHash);
        SetInt32(CaseCode, caseCode);
        SetInt32(ActivityCode, activityCode);
        SetInt64(SourceRow, e.SourceRow);
        if (++_row == _capacity)
            Flush();
    }

    /// <summary>Hands the last chunk to DuckDB and closes the appender; errors (constraints) surface here.</summary>
    public void Close()
    {
        if (_closed)
            return;
        Flush();
        _closed = true;
        if (NativeMethods.Appender.DuckDBAppenderClose(_appender) == DuckDBState.Error)
            throw new InvalidOperationException($"DuckDB rejected the events: {NativeMethods.Appender.DuckDBAppenderErrorData(_appender).Message}");
    }

    public void Dispose()
    {
        _chunk.Dispose();
        _appender.Dispose();
    }

    private void Flush()
    {
        if (_row == 0)
            return;
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)_row);
        if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk) == DuckDBState.Error)
            throw new InvalidOperationException($"DuckDB rejected the events: {NativeMethods.Appender.DuckDBAppenderErrorData(_appender).Message}");
        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
        _row = 0;
        BeginChunk();
    }

    private void BeginChunk()
    {
        // A reset chunk may hand out new buffers: fetch the pointers again every time.
        for (var c = 0; c < ColumnCount; c++)
        {
            var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, c);
            _vectors[c] = vector;
            _data[c] = (IntPtr)NativeMethods.Vectors.DuckDBVectorGetData(vector);
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            _validity[c] = (IntPtr)NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        }
    }

    private void SetValid(int column, bool valid)
    {
        var mask = (ulong*)_validity[column];
        var bit = 1UL << (_row & 63);
        if (valid)
            mask[_row >> 6] |= bit;
        else
            mask[_row >> 6] &= ~bit;
    }

    private void SetInt64(int column, long? value)
    {
        SetValid(column, value.HasValue);
        if (value is { } v)
            ((long*)_data[column])[_row] = v;
    }

    private void SetInt32(int column, int? value)
    {
        SetValid(column, value.HasValue);
        if (value is { } v)
            ((int*)_data[column])[_row] = v;
    }

    private void SetGuid(int column, Guid value)
    {
        // DuckDB stores a UUID as a hugeint (lower, upper) of its big-endian bytes with the top bit flipped,
        // so that signed order equals byte order.
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        var target = (ulong*)((byte*)_data[column] + (_row * 16));
        target[0] = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        target[1] = BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]) ^ 0x8000_0000_0000_0000UL;
        SetValid(column, true);
    }

    private void SetString(int column, string? value)
    {
        SetValid(column, value is not null);
        if (value is null)
            return;
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length)
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        if (length <= InlineLength)
        {
            // duckdb_string_t, inlined form: uint32 length, 12 bytes of text, zero padded (compared as 16 bytes).
            var target = (byte*)_data[column] + (_row * 16);
            *(ulong*)target = 0;
            *(ulong*)(target + 8) = 0;
            *(uint*)target = (uint)length;
            _utf8.AsSpan(0, length).CopyTo(new Span<byte>(target + 4, InlineLength));
            return;
        }
        fixed (byte* p = _utf8)
            NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(_vectors[column], (ulong)_row, p, length);
    }
}
