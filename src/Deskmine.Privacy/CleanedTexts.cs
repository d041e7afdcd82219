using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Deskmine.Privacy;

/// <summary>
/// The cleaned form of field texts the filter has seen, so a text seen again costs one hash instead of every
/// detector: a desktop repeats its application names, window titles, roles and labels all day, and the server's
/// second pass over what the agent filtered meets only texts already at their fixed point.
/// </summary>
/// <remarks>
/// Keys are 128-bit hashes (XXH128) under a random seed drawn per filter, never the texts, so the cache keeps no
/// recorded text in memory, only cleaned output. A hash collision could give one text another text's cleaned
/// output: wrong data, but never raw text (every value in the cache is the output of the whole cleaning). At
/// about <see cref="Capacity"/> entries the cache starts again empty, and texts over <see cref="MaxLength"/> are not
/// kept, which bounds its memory.
/// </remarks>
internal sealed class CleanedTexts
{
    /// <summary>Entries kept before the cache is emptied.</summary>
    public const int Capacity = 16_384;

    /// <summary>Longest text (in UTF-16 units) that is cached: what repeats is short (names, titles, labels), and the
    /// limit bounds the cache at about <see cref="Capacity"/> × 1 KB (≈ 18 MB) whatever the input.</summary>
    public const int MaxLength = 512;

    private readonly long _seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
    private readonly ConcurrentDictionary<Key, Cleaned> _entries = new();

    // Counted here: ConcurrentDictionary.Count takes every one of its locks (up to 1,024 as it grows), which made each
    // addition cost tens of microseconds and a stream of unique texts three times slower than no cache at all.
    private int _count;

    /// <summary>Entries held now (approximately, while other threads add).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The cleaned form of <paramref name="text"/> as field kind <paramref name="field"/>, if seen.</summary>
    public bool TryGet(int field, string text, out Cleaned cleaned)
    {
        cleaned = default;
        return text.Length <= MaxLength && _entries.TryGetValue(KeyOf(field, text), out cleaned);
    }

    /// <summary>Remembers that <paramref name="text"/> cleans to <paramref name="cleaned"/>, and that the cleaned text is a
    /// fixed point (cleaning it changes nothing and detects nothing).</summary>
    public void Add(int field, string text, Cleaned cleaned)
    {
        if (text.Length > MaxLength || cleaned.Text.Length > MaxLength)
            return;
        if (Volatile.Read(ref _count) >= Capacity)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }
        Put(KeyOf(field, text), cleaned);
        if (!ReferenceEquals(text, cleaned.Text))
            Put(KeyOf(field, cleaned.Text), new Cleaned(cleaned.Text, []));
    }

    private void Put(Key key, Cleaned cleaned)
    {
        if (_entries.TryAdd(key, cleaned))
            Interlocked.Increment(ref _count);
    }

    private Key KeyOf(int field, string text) =>
        new(field, XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()), _seed));

    private readonly record struct Key(int Field, UInt128 Hash);
}

/// <summary>A field text after cleaning, with the detections that cleaning counted (replayed into the statistics).</summary>
internal readonly record struct Cleaned(string Text, string[] Detections);
