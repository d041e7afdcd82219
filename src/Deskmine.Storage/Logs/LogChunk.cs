using Deskmine.Core.Events;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.Logs;

/// <summary>
/// The events of one consecutive part of a file as columns: case, activity and attributes coded into this chunk's
/// own dictionaries (in order of first appearance), timestamps, durations and each event's ordinal inside the chunk.
/// Chunks are filled independently, one per worker, and joined in file order by <see cref="LogAssembler"/>.
/// </summary>
internal sealed class LogChunk
{
    private const int DefaultCapacity = 4096;
    private readonly LogFields _fields;
    private int[] _case;
    private int[] _activity;
    private long[] _ts;
    private int[]? _ordinal;
    private long[]? _duration;
    private readonly int[][] _attributes;

    /// <summary>
    /// Creates an empty chunk; <paramref name="capacity"/> is the expected number of events (a chunk's line count),
    /// <paramref name="caseCapacity"/> of distinct cases (0: not known).
    /// </summary>
    public LogChunk(LogFields fields, int capacity = DefaultCapacity, int caseCapacity = 0)
    {
        _fields = fields;
        Cases = new Names(caseCapacity);
        capacity = Math.Max(capacity, 16);
        _case = new int[capacity];
        _activity = new int[capacity];
        _ts = new long[capacity];
        Attributes = fields.AttributeNames.Select(_ => new Names()).ToArray();
        _attributes = fields.AttributeNames.Select(_ => new int[capacity]).ToArray();
    }

    /// <summary>Case keys of this chunk, by local code.</summary>
    public Names Cases { get; }

    /// <summary>Activity labels of this chunk, by local code.</summary>
    public Names Activities { get; } = new();

    /// <summary>Attribute values of this chunk, by attribute and local code.</summary>
    public Names[] Attributes { get; }

    /// <summary>Events kept (those with a case).</summary>
    public int Count { get; private set; }

    /// <summary>Events seen, with a case or without: the next chunk's events come after these in file order.</summary>
    public int Seen { get; private set; }

    /// <summary>Size of the part of the file the events were read from, in bytes; 0 when not known.</summary>
    public int Bytes { get; init; }

    /// <summary>Whether the events of each case come together (one run per case), as in a log written case by case.</summary>
    public bool CasesComeTogether()
    {
        var codes = CaseCodes;
        var runs = codes.IsEmpty ? 0 : 1;
        for (var i = 1; i < codes.Length; i++)
        {
            if (codes[i] != codes[i - 1])
                runs++;
        }
        return runs == Cases.All.Count;
    }

    public ReadOnlySpan<int> CaseCodes => _case.AsSpan(0, Count);

    public ReadOnlySpan<int> ActivityCodes => _activity.AsSpan(0, Count);

    public ReadOnlySpan<long> Timestamps => _ts.AsSpan(0, Count);

    /// <summary>
    /// Per event, its ordinal among the events of this chunk (events without a case leave gaps); empty while no
    /// event has been left out, when event <c>i</c> is the chunk's <c>i</c>-th (saves 4 bytes per event).
    /// </summary>
    public ReadOnlySpan<int> Ordinals => _ordinal is null ? default : _ordinal.AsSpan(0, Count);

    /// <summary>Per event, its duration; empty when no event of the chunk has one.</summary>
    public ReadOnlySpan<long> Durations => _duration is null ? default : _duration.AsSpan(0, Count);

    public ReadOnlySpan<int> AttributeCodes(int attribute) => _attributes[attribute].AsSpan(0, Count);

    /// <summary>Adds one event in file order; an event without a case is counted and dropped, as the store's log read drops it.</summary>
    public void Add(UiEvent e) => Add(new UiEventFields(e));

    /// <summary>Adds one event, read through its fields (a CSV row needs no <see cref="UiEvent"/>).</summary>
    public void Add<TEvent>(TEvent e)
        where TEvent : IEventFields
    {
        if (_fields.Case(e) is not { } caseKey)
        {
            Skip();
            return;
        }
        var i = Next(Cases.Code(caseKey), Activities.Code(_fields.Activity(e)), e.Ts ?? EventLog.NoTimestamp, e.Duration ?? 0);
        for (var a = 0; a < _attributes.Length; a++)
            _attributes[a][i] = _fields.Attribute(e, a) is { } value ? Attributes[a].Code(value) : -1;
    }

    /// <summary>Counts an event that belongs to no case; it is dropped, as the store's log read drops it.</summary>
    public void Skip()
    {
        Seen++;
        if (_ordinal is null)
        {
            // The first gap: from here on the ordinals differ from the positions.
            _ordinal = new int[_case.Length];
            for (var k = 0; k < Count; k++)
                _ordinal[k] = k;
        }
    }

    /// <summary>
    /// Adds an event whose case and activity are already coded with <see cref="Cases"/> and <see cref="Activities"/>
    /// (<paramref name="ts"/> is <see cref="EventLog.NoTimestamp"/> when missing, <paramref name="duration"/> 0 when
    /// none); returns its position, at which <see cref="SetAttribute"/> stores its attribute codes.
    /// </summary>
    public int Next(int caseCode, int activityCode, long ts, long duration)
    {
        var ordinal = Seen++;
        if (Count == _case.Length)
            Grow();
        var i = Count++;
        _case[i] = caseCode;
        _activity[i] = activityCode;
        _ts[i] = ts;
        if (_ordinal is not null)
            _ordinal[i] = ordinal;
        if (duration != 0)
        {
            _duration ??= new long[_case.Length];
            _duration[i] = duration;
        }
        return i;
    }

    /// <summary>Sets the code of attribute <paramref name="attribute"/> of the event at <paramref name="at"/> (-1: no value).</summary>
    public void SetAttribute(int attribute, int at, int code) => _attributes[attribute][at] = code;

    private void Grow()
    {
        var size = _case.Length * 2;
        Array.Resize(ref _case, size);
        Array.Resize(ref _activity, size);
        Array.Resize(ref _ts, size);
        if (_ordinal is not null)
            Array.Resize(ref _ordinal, size);
        if (_duration is not null)
            Array.Resize(ref _duration, size);
        for (var a = 0; a < _attributes.Length; a++)
            Array.Resize(ref _attributes[a], size);
    }

    /// <summary>A dictionary of texts with dense codes in order of first appearance.</summary>
    internal sealed class Names(int capacity = 0)
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _names = new(capacity);
        private string? _last;
        private int _lastCode;

        public IReadOnlyList<string> All => _names;

        /// <summary>
        /// The code of the text whose UTF-8 bytes are <paramref name="utf8"/> (valid UTF-8): found by its bytes, so a
        /// text seen before is not decoded again; the codes are shared with <see cref="Code(string)"/>.
        /// </summary>
        public int Code(ReadOnlySpan<byte> utf8)
        {
            _bytes ??= new Utf8Keys(capacity);
            if (_bytes.HasLast && utf8.SequenceEqual(_bytes.LastKey))
                return _bytes.LastCode;
            return _bytes.Find(utf8, this);
        }

        private Utf8Keys? _bytes;

        /// <summary>Adds a text not found by its bytes: a new code, unless it was coded as a string before.</summary>
        internal int Add(string name)
        {
            if (_codes.Count > 0)
                return Code(name);
            _names.Add(name);
            return _names.Count - 1;
        }

        public int Code(string name)
        {
            // Texts added by their bytes alone are indexed by text only once a text is looked up.
            for (var i = _codes.Count; i < _names.Count; i++)
                _codes.Add(_names[i], i);
            // Events of one case come together in most logs: the same key as the previous event costs no look-up.
            if (ReferenceEquals(name, _last))
                return _lastCode;
            if (!_codes.TryGetValue(name, out var code))
            {
                code = _names.Count;
                _codes.Add(name, code);
                _names.Add(name);
            }
            _last = name;
            _lastCode = code;
            return code;
        }
    }

    /// <summary>Texts by their UTF-8 bytes → codes of a <see cref="Names"/>: open addressing over the bytes kept in one array.</summary>
    private sealed class Utf8Keys
    {
        private byte[] _arena;
        private int _used;
        private int[] _slots;
        private int[] _start;
        private int[] _length;
        private int[] _code;
        private uint[] _hash;
        private int _count;
        private int _last = -1;

        /// <summary>Room for <paramref name="capacity"/> keys (at least 512) of about 8 bytes before growing.</summary>
        public Utf8Keys(int capacity)
        {
            var entries = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity, 1 << 9, 1 << 24));
            _arena = new byte[entries * 8];
            _slots = new int[entries * 2];
            _start = new int[entries];
            _length = new int[entries];
            _code = new int[entries];
            _hash = new uint[entries];
        }

        public bool HasLast => _last >= 0;

        public ReadOnlySpan<byte> LastKey => _last < 0 ? [] : _arena.AsSpan(_start[_last], _length[_last]);

        public int LastCode => _code[_last];

        public int Find(ReadOnlySpan<byte> key, Names names)
        {
            var hash = Hash(key);
            var mask = _slots.Length - 1;
            var slot = (int)hash & mask;
            while (true)
            {
                var entry = _slots[slot] - 1;
                if (entry < 0)
                    break;
                if (_hash[entry] == hash && key.SequenceEqual(_arena.AsSpan(_start[entry], _length[entry])))
                {
                    _last = entry;
                    return _code[entry];
                }
                slot = (slot + 1) & mask;
            }
            var code = names.Add(System.Text.Encoding.UTF8.GetString(key));
            Insert(key, hash, code, slot);
            return code;
        }

        private void Insert(ReadOnlySpan<byte> key, uint hash, int code, int slot)
        {
            if (_count == _start.Length)
            {
                var size = _count * 2;
                Array.Resize(ref _start, size);
                Array.Resize(ref _length, size);
                Array.Resize(ref _code, size);
                Array.Resize(ref _hash, size);
            }
            if (_used + key.Length > _arena.Length)
                Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + key.Length));
            key.CopyTo(_arena.AsSpan(_used));
            var entry = _count++;
            (_start[entry], _length[entry], _code[entry], _hash[entry]) = (_used, key.Length, code, hash);
            _used += key.Length;
            _slots[slot] = entry + 1;
            _last = entry;
            if (_count * 2 > _slots.Length)
                Rehash();
        }

        private void Rehash()
        {
            _slots = new int[_slots.Length * 2];
            var mask = _slots.Length - 1;
            for (var entry = 0; entry < _count; entry++)
            {
                var slot = (int)_hash[entry] & mask;
                while (_slots[slot] != 0)
                    slot = (slot + 1) & mask;
                _slots[slot] = entry + 1;
            }
        }

        private static uint Hash(ReadOnlySpan<byte> key)
        {
            const ulong Mix = 0x9E3779B97F4A7C15;
            var h = (ulong)key.Length * Mix;
            var i = 0;
            for (; i + 8 <= key.Length; i += 8)
            {
                h = (h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key[i..])) * Mix;
                h ^= h >> 29;
            }
            ulong tail = 0;
            for (; i < key.Length; i++)
                tail = (tail << 8) | key[i];
            h = (h ^ tail) * Mix;
            return (uint)(h ^ (h >> 32));
        }
    }
}
