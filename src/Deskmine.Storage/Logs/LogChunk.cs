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

    /// <summary>Creates an empty chunk; <paramref name="capacity"/> is the expected number of events (a chunk's line count).</summary>
    public LogChunk(LogFields fields, int capacity = DefaultCapacity)
    {
        _fields = fields;
        capacity = Math.Max(capacity, 16);
        _case = new int[capacity];
        _activity = new int[capacity];
        _ts = new long[capacity];
        Attributes = fields.AttributeNames.Select(_ => new Names()).ToArray();
        _attributes = fields.AttributeNames.Select(_ => new int[capacity]).ToArray();
    }

    /// <summary>Case keys of this chunk, by local code.</summary>
    public Names Cases { get; } = new();

    /// <summary>Activity labels of this chunk, by local code.</summary>
    public Names Activities { get; } = new();

    /// <summary>Attribute values of this chunk, by attribute and local code.</summary>
    public Names[] Attributes { get; }

    /// <summary>Events kept (those with a case).</summary>
    public int Count { get; private set; }

    /// <summary>Events seen, with a case or without: the next chunk's events come after these in file order.</summary>
    public int Seen { get; private set; }

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
        var ordinal = Seen++;
        if (_fields.Case(e) is not { } caseKey)
        {
            if (_ordinal is null)
            {
                // The first gap: from here on the ordinals differ from the positions.
                _ordinal = new int[_case.Length];
                for (var k = 0; k < Count; k++)
                    _ordinal[k] = k;
            }
            return;
        }
        if (Count == _case.Length)
            Grow();
        var i = Count++;
        _case[i] = Cases.Code(caseKey);
        _activity[i] = Activities.Code(_fields.Activity(e));
        _ts[i] = e.Ts ?? EventLog.NoTimestamp;
        if (_ordinal is not null)
            _ordinal[i] = ordinal;
        if (e.Duration is { } length and not 0)
        {
            _duration ??= new long[_case.Length];
            _duration[i] = length;
        }
        for (var a = 0; a < _attributes.Length; a++)
            _attributes[a][i] = _fields.Attribute(e, a) is { } value ? Attributes[a].Code(value) : -1;
    }

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
    internal sealed class Names
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];
        private string? _last;
        private int _lastCode;

        public IReadOnlyList<string> All => _names;

        public int Code(string name)
        {
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
}
