using System.Buffers.Binary;
using System.Text;
using Deskmine.Core.Events;
using DuckDB.NET.Native;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One DuckDB data chunk of <c>events</c> rows, filled by writing its native vectors directly, with the
/// <c>event_attrs</c> rows of the same events beside it. DuckDB.NET's row appender costs about 0.1–0.2 µs per
/// value; writing the vectors ourselves is several times faster (figures in <c>docs/storage.md</c>). A chunk is
/// used by one thread at a time: filled on one, handed to <see cref="EventChunkWriter"/> on another, then reused.
/// </summary>
internal sealed unsafe class EventChunk : IDisposable
{
    // Column positions in DuckDbSchema.EventColumns.
    private const int RowNo = 0, Id = 1, Session = 2, Seq = 3, Ts = 4, Duration = 5, User = 6, Machine = 7, Team = 8,
        Source = 9, Kind = 10, App = 11, Window = 12, Url = 13, TargetRole = 14, TargetName = 15, TargetId = 16,
        TargetPath = 17, X = 18, Y = 19, Value = 20, ValueHash = 21, CaseCode = 22, ActivityCode = 23, SourceRow = 24;

    /// <summary>Columns of <c>events</c>.</summary>
    public const int ColumnCount = 25;

    private const int InlineLength = 12;

    private readonly IntPtr[] _vectors = new IntPtr[ColumnCount];
    private readonly IntPtr[] _data = new IntPtr[ColumnCount];
    private readonly IntPtr[] _validity = new IntPtr[ColumnCount];
    private readonly int _capacity;
    private byte[] _utf8 = new byte[256];
    private int _row;

    public EventChunk(DuckDBDataChunk chunk, int capacity)
    {
        Native = chunk;
        _capacity = capacity;
        Begin();
    }

    /// <summary>The DuckDB chunk.</summary>
    public DuckDBDataChunk Native { get; }

    /// <summary>Rows written since the chunk was last cleared.</summary>
    public int Rows => _row;

    /// <summary>Whether no further row fits.</summary>
    public bool IsFull => _row == _capacity;

    /// <summary>The <c>event_attrs</c> rows (row number, key, value) of the events in this chunk.</summary>
    public List<(long RowNo, string Key, string Value)> Attrs { get; } = [];

    /// <summary>Writes one event; the caller has checked its required fields and that the chunk is not full.</summary>
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
        if (e.Attrs is { Count: > 0 } map)
        {
            foreach (var (key, value) in map)
                Attrs.Add((rowNo, key, value));
        }
        _row++;
    }

    /// <summary>Sets the chunk's row count for DuckDB before it is appended.</summary>
    public void Seal() => NativeMethods.DataChunks.DuckDBDataChunkSetSize(Native, (ulong)_row);

    /// <summary>Empties the chunk for the next rows.</summary>
    public void Clear()
    {
        NativeMethods.DataChunks.DuckDBDataChunkReset(Native);
        Attrs.Clear();
        _row = 0;
        Begin();
    }

    public void Dispose() => Native.Dispose();

    private void Begin()
    {
        // A reset chunk may hand out new buffers: fetch the pointers again every time.
        for (var c = 0; c < ColumnCount; c++)
        {
            var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(Native, c);
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
