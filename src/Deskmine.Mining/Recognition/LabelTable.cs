using System.Buffers;
using System.Collections;
using System.Text;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Every action label of a run once, numbered in order of first appearance, kept as UTF-8 in large shared blocks with
/// an index of its own instead of one string and one dictionary entry per label. A run has about one distinct label per
/// six events (1.6 M at 10 M events, 142 characters on average); as strings with their dictionaries they were about
/// 0.6 GB that grew with every person read and lived to the end of the run. Labels are made into strings again when
/// they are asked for.
/// </summary>
internal sealed class LabelTable : IReadOnlyList<string>
{
    private const int BlockSize = 1 << 20;
    // Encoding fails (rather than replacing) on a lone surrogate: such a label is kept as it is, so that no two labels
    // ever read back the same.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<byte[]> _blocks = [];
    private readonly Dictionary<int, string> _unencodable = [];
    private int _used;
    // Per label: its block and offset (block << 32 | offset), its length in bytes and its hash.
    private long[] _where = new long[1024];
    private int[] _length = new int[1024];
    private int[] _hash = new int[1024];
    // Open addressing: label number + 1 per slot, 0 for an empty slot; at most half full.
    private int[] _slots = new int[2048];
    private byte[] _scratch = new byte[512];

    /// <summary>Number of labels.</summary>
    public int Count { get; private set; }

    /// <summary>The label numbered <paramref name="id"/>, as a new string.</summary>
    public string this[int id]
    {
        get
        {
            if ((uint)id >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(id));
            return _length[id] < 0 ? _unencodable[id] : Encoding.UTF8.GetString(Bytes(id));
        }
    }

    /// <summary>The number of <paramref name="label"/>, adding it when it is new (<paramref name="added"/>).</summary>
    public int Add(string label, out bool added)
    {
        ArgumentNullException.ThrowIfNull(label);
        var hash = label.GetHashCode(StringComparison.Ordinal);
        var utf8 = Encode(label);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is var entry && entry != 0)
        {
            if (_hash[entry - 1] == hash && Same(entry - 1, label, utf8))
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
        }
        _hash[id] = hash;
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
                    encoded = true;
                }
                if (Same(entry - 1, label, utf8))
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
        return _blocks[(int)(where >> 32)].AsSpan((int)where, _length[id]);
    }

    private bool Same(int id, string label, ReadOnlySpan<byte> utf8) =>
        _length[id] < 0 ? _unencodable[id] == label : (!utf8.IsEmpty || label.Length == 0) && Bytes(id).SequenceEqual(utf8);

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
        if (_blocks.Count == 0 || _used + utf8.Length > _blocks[^1].Length)
            NewBlock(utf8.Length);
        var block = _blocks.Count - 1;
        utf8.CopyTo(_blocks[block].AsSpan(_used));
        _where[id] = ((long)block << 32) | (uint)_used;
        _length[id] = utf8.Length;
        _used += utf8.Length;
    }

    private void NewBlock(int least)
    {
        _blocks.Add(GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, least)));
        _used = 0;
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
