using System.Buffers.Binary;
using System.Text;
using DuckDB.NET.Native;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One DuckDB data chunk filled by writing its native vectors directly: DuckDB.NET's row appender costs about 0.1–0.2 µs
/// per value, writing the vectors ourselves several times less (figures in <c>docs/storage.md</c>). A chunk is used by
/// one thread at a time: filled on one, handed to a <see cref="NativeAppender"/> on another, then reused. Subclasses
/// write one row's columns with the setters and end it with <see cref="EndRow"/>.
/// </summary>
internal abstract unsafe class NativeChunk : IDisposable
{
    private const int InlineLength = 12;

    private readonly IntPtr[] _vectors;
    private readonly IntPtr[] _data;
    private readonly IntPtr[] _validity;
    private readonly int _capacity;
    private byte[] _utf8 = new byte[256];
    private int _row;

    protected NativeChunk(DuckDBDataChunk chunk, int columns, int capacity)
    {
        Native = chunk;
        _capacity = capacity;
        _vectors = new IntPtr[columns];
        _data = new IntPtr[columns];
        _validity = new IntPtr[columns];
        Begin();
    }

    /// <summary>The DuckDB chunk.</summary>
    public DuckDBDataChunk Native { get; }

    /// <summary>Rows written since the chunk was last cleared.</summary>
    public int Rows => _row;

    /// <summary>Whether no further row fits.</summary>
    public bool IsFull => _row == _capacity;

    /// <summary>Sets the chunk's row count for DuckDB before it is appended.</summary>
    public void Seal() => NativeMethods.DataChunks.DuckDBDataChunkSetSize(Native, (ulong)_row);

    /// <summary>Empties the chunk for the next rows.</summary>
    public virtual void Clear()
    {
        NativeMethods.DataChunks.DuckDBDataChunkReset(Native);
        _row = 0;
        Begin();
    }

    public void Dispose() => Native.Dispose();

    private void Begin()
    {
        // A reset chunk may hand out new buffers: fetch the pointers again every time.
        for (var c = 0; c < _vectors.Length; c++)
        {
            var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(Native, c);
            _vectors[c] = vector;
            _data[c] = (IntPtr)NativeMethods.Vectors.DuckDBVectorGetData(vector);
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            _validity[c] = (IntPtr)NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        }
    }

    /// <summary>Ends the row being written; the next setters write the next row.</summary>
    protected void EndRow() => _row++;

    private void SetValid(int column, bool valid)
    {
        var mask = (ulong*)_validity[column];
        var bit = 1UL << (_row & 63);
        if (valid)
            mask[_row >> 6] |= bit;
        else
            mask[_row >> 6] &= ~bit;
    }

    protected void SetInt64(int column, long? value)
    {
        SetValid(column, value.HasValue);
        if (value is { } v)
            ((long*)_data[column])[_row] = v;
    }

    protected void SetInt32(int column, int? value)
    {
        SetValid(column, value.HasValue);
        if (value is { } v)
            ((int*)_data[column])[_row] = v;
    }

    protected void SetGuid(int column, Guid value)
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

    protected void SetString(int column, string? value)
    {
        if (value is null)
        {
            SetValid(column, false);
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length)
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        SetUtf8(column, _utf8.AsSpan(0, length));
    }

    /// <summary>Sets a text column to text already in UTF-8.</summary>
    protected void SetUtf8(int column, ReadOnlySpan<byte> utf8)
    {
        SetValid(column, true);
        if (utf8.Length <= InlineLength)
        {
            // duckdb_string_t, inlined form: uint32 length, 12 bytes of text, zero padded (compared as 16 bytes).
            var target = (byte*)_data[column] + (_row * 16);
            *(ulong*)target = 0;
            *(ulong*)(target + 8) = 0;
            *(uint*)target = (uint)utf8.Length;
            utf8.CopyTo(new Span<byte>(target + 4, InlineLength));
            return;
        }
        fixed (byte* p = utf8)
            NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(_vectors[column], (ulong)_row, p, utf8.Length);
    }
}
