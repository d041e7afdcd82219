using System.Buffers.Binary;

namespace Deskmine.Server.Ingest;

/// <summary>
/// A Bloom filter of the stored event ids (Bloom 1970; double hashing after Kirsch and Mitzenmacher 2006): "not
/// there" is certain, "maybe there" is checked against the store. Nearly every uploaded event is new, so the store's
/// join runs only for the few ids the filter cannot rule out (replays and about 1 % false positives). Ten bits and
/// seven hashes per id give that 1 %: 12 MB for 10 M events.
/// </summary>
internal sealed class IdFilter
{
    private const int BitsPerId = 10;
    private const int Hashes = 7;
    private readonly ulong[] _bits;
    private readonly ulong _size;

    /// <summary>A filter for up to <paramref name="capacity"/> ids at about 1 % false positives.</summary>
    public IdFilter(long capacity)
    {
        var bits = Math.Max(1L << 16, capacity * BitsPerId);
        _bits = new ulong[(bits + 63) / 64];
        _size = (ulong)_bits.Length * 64;
        Capacity = capacity;
    }

    /// <summary>Ids the filter was made for; past this, false positives rise and it should be rebuilt larger.</summary>
    public long Capacity { get; }

    /// <summary>Ids added.</summary>
    public long Count { get; private set; }

    public void Add(Guid id)
    {
        var (h1, h2) = Hash(id);
        for (ulong i = 0; i < Hashes; i++)
        {
            var bit = (h1 + (i * h2)) % _size;
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
        Count++;
    }

    /// <summary><c>false</c> when <paramref name="id"/> was certainly never added.</summary>
    public bool MightContain(Guid id)
    {
        var (h1, h2) = Hash(id);
        for (ulong i = 0; i < Hashes; i++)
        {
            var bit = (h1 + (i * h2)) % _size;
            if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
                return false;
        }
        return true;
    }

    // UUIDv7 ids begin with a timestamp: both halves are mixed (SplitMix64's finaliser) so that neighbours spread.
    private static (ulong, ulong) Hash(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var a = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var b = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        return (Mix(a ^ Mix(b)), Mix(b + 0x9E3779B97F4A7C15UL) | 1);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
