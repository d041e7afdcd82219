using System.Buffers;
using System.Collections;
using System.IO.Hashing;
using System.Text;
using Deskmine.Core.IO;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Every action label of a run once, numbered in order of first appearance, kept as UTF-8 in large shared blocks with
/// an index of its own instead of one string and one dictionary entry per label. A run has about one distinct label per
/// six events (1.6 M at 10 M events, 142 characters on average); as strings with their dictionaries they were about
/// 0.6 GB that grew with every person read and lived to the end of the run. Labels are made into strings again when
/// they are asked for.
/// </summary>
/// <remarks>
/// Past a budget (<see cref="DefaultMemoryBudget"/>) filled blocks go to a temporary file and only the index stays in
/// memory: at 10 M events the labels' text was 236 MB of the heap at the end of reading, the largest thing alive, and
/// it is read back only to be stored. A label in the file is told from a new one by its length and two hashes (the
/// string's and a 64-bit XXH3 of its UTF-8), not by its bytes; labels in memory are compared byte by byte. The file
/// (<see cref="TemporaryFile"/>) lives only as long as the table.
/// </remarks>
internal sealed class LabelTable : IReadOnlyList<string>
{
    /// <summary>Bytes of label text a table keeps in memory before it moves filled blocks to a file.</summary>
    public const long DefaultMemoryBudget = 32L << 20;
    private const int BlockSize = 1 << 20;
    // What one read of the file takes: the label asked for and those after it, for labels read in order.
    private const int ReadWindow = 64 << 10;
    // Encoding fails (rather than replacing) on a lone surrogate: such a label is kept as it is, so that no two labels
    // ever read back the same.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly long _memoryBudget;
    // Per block its bytes while in memory (null once in the file) and its place in the file (-1 while in memory).
    private readonly List<byte[]?> _blocks = [];
    private readonly List<long> _blockInFile = [];
    private readonly Dictionary<int, string> _unencodable = [];
    private readonly Lock _readLock = new();
    private FileStream? _file;
    private long _fileLength;
    private long _inMemory;
    private int _used;
    // Per label: its block and offset (block << 32 | offset), its length in bytes and its two hashes.
    private long[] _where = new long[1024];
    private int[] _length = new int[1024];
    private int[] _hash = new int[1024];
    private ulong[] _xxHash = new ulong[1024];
    // Open addressing: label number + 1 per slot, 0 for an empty slot; at most half full.
    private int[] _slots = new int[2048];
    private byte[] _scratch = new byte[512];
    // The part of the file read last: its block, where in the block it starts, and its bytes.
    private (int Block, int Start, int Length) _window = (-1, 0, 0);
    private byte[]? _windowBytes;

    /// <summary>A table that keeps up to <paramref name="memoryBudget"/> bytes of label text in memory.</summary>
    public LabelTable(long memoryBudget = DefaultMemoryBudget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memoryBudget);
        _memoryBudget = memoryBudget;
    }

    /// <summary>Number of labels.</summary>
    public int Count { get; private set; }

    /// <summary>Number of blocks of label text moved to the table's file.</summary>
    internal int BlocksInFile => _blockInFile.Count(at => at >= 0);

    /// <summary>The label numbered <paramref name="id"/>, as a new string.</summary>
    public string this[int id]
    {
        get
        {
            if ((uint)id >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(id));
            if (_length[id] < 0)
                return _unencodable[id];
            var where = _where[id];
            if (_blocks[(int)(where >> 32)] is not null)
                return Encoding.UTF8.GetString(Bytes(id));
            lock (_readLock)
                return Encoding.UTF8.GetString(FromFile((int)(where >> 32), (int)where, _length[id]));
        }
    }

    /// <summary>The number of <paramref name="label"/>, adding it when it is new (<paramref name="added"/>).</summary>
    public int Add(string label, out bool added)
    {
        ArgumentNullException.ThrowIfNull(label);
        var hash = label.GetHashCode(StringComparison.Ordinal);
        var utf8 = Encode(label);
        var xxHash = XxHash3.HashToUInt64(utf8);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is var entry && entry != 0)
        {
            if (_hash[entry - 1] == hash && Same(entry - 1, label, utf8, xxHash))
            {
                added = false;
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        var id = Count++;
        if (id == _where.Length)
        {
            Array.Resize(ref _where, id * 2);
            Array.Resize(ref _length, id * 2);
            Array.Resize(ref _hash, id * 2);
            Array.Resize(ref _xxHash, id * 2);
        }
        _hash[id] = hash;
        _xxHash[id] = xxHash;
        if (utf8.IsEmpty && label.Length > 0)
        {
            _unencodable[id] = label;
            _length[id] = -1;
        }
        else
        {
            Store(id, utf8);
        }
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length)
            Grow();
        added = true;
        return id;
    }

    /// <summary>The number of <paramref name="label"/>, or <c>-1</c> when it is not in the table.</summary>
    /// <remarks>Safe to call from several threads at once while nothing is added.</remarks>
    public int Find(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var hash = label.GetHashCode(StringComparison.Ordinal);
        var mask = _slots.Length - 1;
        byte[]? rented = null;
        try
        {
            var utf8 = default(ReadOnlySpan<byte>);
            var xxHash = 0UL;
            var encoded = false;
            for (var slot = hash & mask; _slots[slot] is var entry && entry != 0; slot = (slot + 1) & mask)
            {
                if (_hash[entry - 1] != hash)
                    continue;
                if (!encoded)
                {
                    // Its own buffer, not the scratch one that Add uses: readers may look labels up in parallel.
                    rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(label.Length));
                    utf8 = Encode(label, rented);
                    xxHash = XxHash3.HashToUInt64(utf8);
                    encoded = true;
                }
                if (Same(entry - 1, label, utf8, xxHash))
                    return entry - 1;
            }
            return -1;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var id = 0; id < Count; id++)
            yield return this[id];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ReadOnlySpan<byte> Bytes(int id)
    {
        var where = _where[id];
        return _blocks[(int)(where >> 32)]!.AsSpan((int)where, _length[id]);
    }

    // Only labels in memory are compared byte by byte (see the remarks).
    private bool Same(int id, string label, ReadOnlySpan<byte> utf8, ulong xxHash)
    {
        if (_length[id] < 0)
            return _unencodable[id] == label;
        if ((utf8.IsEmpty && label.Length > 0) || _length[id] != utf8.Length || _xxHash[id] != xxHash)
            return false;
        return _blocks[(int)(_where[id] >> 32)] is null || Bytes(id).SequenceEqual(utf8);
    }

    // Bytes of a block in the file (under the read lock), through a window that serves labels read in order.
    private ReadOnlySpan<byte> FromFile(int block, int offset, int length)
    {
        var (b, start, count) = _window;
        if (b != block || offset < start || offset + length > start + count)
        {
            count = Math.Max(length, ReadWindow);
            if (_windowBytes is null || _windowBytes.Length < count)
                _windowBytes = GC.AllocateUninitializedArray<byte>(count);
            var read = 0;
            while (read < count && RandomAccess.Read(_file!.SafeFileHandle, _windowBytes.AsSpan(read, count - read), _blockInFile[block] + offset + read) is var got && got > 0)
                read += got;
            if (read < length)
                throw new IOException("The labels' temporary file ended before a label it holds.");
            _window = (block, offset, read);
            start = offset;
        }
        return _windowBytes.AsSpan(offset - start, length);
    }

    // The label in UTF-8 (in a scratch buffer valid until the next call), or empty when it cannot be encoded.
    private ReadOnlySpan<byte> Encode(string label)
    {
        var most = Encoding.UTF8.GetMaxByteCount(label.Length);
        if (most > _scratch.Length)
            _scratch = new byte[Math.Max(most, _scratch.Length * 2)];
        return Encode(label, _scratch);
    }

    private static ReadOnlySpan<byte> Encode(string label, byte[] buffer)
    {
        try
        {
            return buffer.AsSpan(0, Strict.GetBytes(label, buffer));
        }
        catch (EncoderFallbackException)
        {
            return default;
        }
    }

    private void Store(int id, ReadOnlySpan<byte> utf8)
    {
        if (_blocks.Count == 0 || _used + utf8.Length > _blocks[^1]!.Length)
            NewBlock(utf8.Length);
        var block = _blocks.Count - 1;
        utf8.CopyTo(_blocks[block]!.AsSpan(_used));
        _where[id] = ((long)block << 32) | (uint)_used;
        _length[id] = utf8.Length;
        _used += utf8.Length;
    }

    private void NewBlock(int least)
    {
        if (_blocks.Count > 0 && _inMemory > _memoryBudget)
            MoveToFile(_blocks.Count - 1);
        var bytes = GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, least));
        _blocks.Add(bytes);
        _blockInFile.Add(-1);
        _inMemory += bytes.Length;
        _used = 0;
    }

    // The filled block goes to the end of the file (made at the first block that goes) and leaves memory.
    private void MoveToFile(int block)
    {
        if (_file is null)
        {
            _file = TemporaryFile.Create("labels", 0);
        }
        var bytes = _blocks[block]!;
        RandomAccess.Write(_file.SafeFileHandle, bytes.AsSpan(0, _used), _fileLength);
        _blockInFile[block] = _fileLength;
        _fileLength += _used;
        _blocks[block] = null;
        _inMemory -= bytes.Length;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hash[id] & mask;
            while (slots[slot] != 0)
                slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }
        _slots = slots;
    }
}
