using System.Collections;
using Deskmine.Core.Events;

namespace Deskmine.Workspaces.Work;

/// <summary>
/// Events kept as columns: numbers in arrays, every text field as a code into one table of distinct texts, attribute
/// maps shared between events with equal ones. An event is made again, as a new <see cref="UiEvent"/> equal to the one
/// added, each time it is read.
/// </summary>
/// <remarks>
/// Why: the analysis reads every event of a workspace, and a <see cref="UiEvent"/> object per event with its own
/// hash and attribute strings cost about 1.3 KB each, 13.5 GB of a server's 22.5 GB peak at 10 M events. Here an
/// event is about 80 bytes plus its share of the distinct texts and combinations of texts. Reading one makes a
/// short-lived object, which the collector's youngest generation takes back cheaply.
/// </remarks>
internal sealed class CompactEvents : IReadOnlyList<UiEvent>
{
    // The text fields of an event, each a code into _texts (NoText for null). Those up to Activity repeat together
    // (one person's clicks on one screen element) and are kept once per distinct combination, a "shape"; the rest
    // differ from event to event or session to session and are kept per event.
    private const int User = 0, Machine = 1, Team = 2, Source = 3, Kind = 4, App = 5, Window = 6, Url = 7,
        TargetRole = 8, TargetName = 9, TargetId = 10, TargetPath = 11, Activity = 12;
    private const int ShapeFields = 13;
    private const int Session = 13, Value = 14, ValueHash = 15, CaseId = 16;
    private const int TextFields = 17;
    private const int OwnFields = TextFields - ShapeFields;
    private const int NoText = -1;

    [Flags]
    private enum Has : byte
    {
        None = 0,
        Ts = 1,
        Duration = 2,
        X = 4,
        Y = 8,
        SourceRow = 16,
    }

    private readonly List<string> _texts = [];
    private readonly Dictionary<string, int> _textCodes = new(StringComparer.Ordinal);
    private readonly List<int[]> _shapes = [];
    private readonly Dictionary<int[], int> _shapeCodes = new(ShapeComparer.Instance);
    private readonly int[] _shape = new int[ShapeFields];
    private readonly List<IReadOnlyDictionary<string, string>> _attrs = [];
    private readonly Dictionary<string, int> _attrCodes = new(StringComparer.Ordinal);

    // The store hands out one string instance per distinct coded text, so consecutive events mostly repeat the very
    // same instance: comparing references first saves hashing most texts.
    private readonly string?[] _lastText = new string?[TextFields];
    private readonly int[] _lastCode = new int[TextFields];

    private Guid[] _ids;
    private long[] _seq;
    private long[] _ts;
    private long[] _duration;
    private int[] _x;
    private int[] _y;
    private long[] _sourceRow;
    private Has[] _has;
    private int[] _shapeOf;
    private int[] _textsOf;
    private int[] _attrsOf;

    private CompactEvents(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _ids = new Guid[capacity];
        _seq = new long[capacity];
        _ts = new long[capacity];
        _duration = new long[capacity];
        _x = new int[capacity];
        _y = new int[capacity];
        _sourceRow = new long[capacity];
        _has = new Has[capacity];
        _shapeOf = new int[capacity];
        _textsOf = new int[capacity * OwnFields];
        _attrsOf = new int[capacity];
    }

    /// <summary>The events of <paramref name="events"/> in their order; <paramref name="expected"/> sizes the columns (they grow when it is short).</summary>
    public static CompactEvents From(IEnumerable<UiEvent> events, long expected)
    {
        ArgumentNullException.ThrowIfNull(events);
        var compact = new CompactEvents((int)Math.Clamp(expected, 0, Array.MaxLength / OwnFields));
        foreach (var e in events)
            compact.Add(e);
        return compact;
    }

    /// <summary>Number of events.</summary>
    public int Count { get; private set; }

    /// <summary>A new event equal to the one added at <paramref name="index"/>.</summary>
    public UiEvent this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var has = _has[index];
            var shape = _shapes[_shapeOf[index]];
            var own = index * OwnFields;
            return new UiEvent
            {
                Id = _ids[index],
                Session = Text(_textsOf[own + Session - ShapeFields])!,
                Seq = _seq[index],
                Ts = (has & Has.Ts) != 0 ? _ts[index] : null,
                Duration = (has & Has.Duration) != 0 ? _duration[index] : null,
                User = Text(shape[User]),
                Machine = Text(shape[Machine]),
                Team = Text(shape[Team]),
                Source = Text(shape[Source])!,
                Kind = Text(shape[Kind])!,
                App = Text(shape[App]),
                Window = Text(shape[Window]),
                Url = Text(shape[Url]),
                TargetRole = Text(shape[TargetRole]),
                TargetName = Text(shape[TargetName]),
                TargetId = Text(shape[TargetId]),
                TargetPath = Text(shape[TargetPath]),
                X = (has & Has.X) != 0 ? _x[index] : null,
                Y = (has & Has.Y) != 0 ? _y[index] : null,
                Value = Text(_textsOf[own + Value - ShapeFields]),
                ValueHash = Text(_textsOf[own + ValueHash - ShapeFields]),
                Attrs = _attrsOf[index] is var a && a >= 0 ? _attrs[a] : null,
                CaseId = Text(_textsOf[own + CaseId - ShapeFields]),
                Activity = Text(shape[Activity]),
                SourceRow = (has & Has.SourceRow) != 0 ? _sourceRow[index] : null,
            };
        }
    }

    /// <summary>The id of event <paramref name="index"/> without making the event.</summary>
    public Guid IdOf(int index) => _ids[index];

    /// <summary>The timestamp of event <paramref name="index"/> without making the event.</summary>
    public long? TsOf(int index) => (_has[index] & Has.Ts) != 0 ? _ts[index] : null;

    /// <inheritdoc/>
    public IEnumerator<UiEvent> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? Text(int code) => code >= 0 ? _texts[code] : null;

    // Stores a number that may be absent at row i; returns the flag that says it is present, or none.
    private static Has Put<T>(T[] column, int i, T? value, Has present)
        where T : struct
    {
        if (value is not { } v)
            return Has.None;
        column[i] = v;
        return present;
    }

    private void Add(UiEvent e)
    {
        if (Count == _ids.Length)
            Grow();
        var i = Count;
        _ids[i] = e.Id;
        _seq[i] = e.Seq;
        _has[i] = Put(_ts, i, e.Ts, Has.Ts) | Put(_duration, i, e.Duration, Has.Duration) | Put(_x, i, e.X, Has.X)
            | Put(_y, i, e.Y, Has.Y) | Put(_sourceRow, i, e.SourceRow, Has.SourceRow);
        _shape[User] = Code(User, e.User);
        _shape[Machine] = Code(Machine, e.Machine);
        _shape[Team] = Code(Team, e.Team);
        _shape[Source] = Code(Source, e.Source);
        _shape[Kind] = Code(Kind, e.Kind);
        _shape[App] = Code(App, e.App);
        _shape[Window] = Code(Window, e.Window);
        _shape[Url] = Code(Url, e.Url);
        _shape[TargetRole] = Code(TargetRole, e.TargetRole);
        _shape[TargetName] = Code(TargetName, e.TargetName);
        _shape[TargetId] = Code(TargetId, e.TargetId);
        _shape[TargetPath] = Code(TargetPath, e.TargetPath);
        _shape[Activity] = Code(Activity, e.Activity);
        if (!_shapeCodes.TryGetValue(_shape, out var shape))
        {
            shape = _shapes.Count;
            var kept = (int[])_shape.Clone();
            _shapes.Add(kept);
            _shapeCodes.Add(kept, shape);
        }
        _shapeOf[i] = shape;
        var own = i * OwnFields;
        _textsOf[own + Session - ShapeFields] = Code(Session, e.Session);
        _textsOf[own + Value - ShapeFields] = Code(Value, e.Value);
        _textsOf[own + ValueHash - ShapeFields] = Code(ValueHash, e.ValueHash);
        _textsOf[own + CaseId - ShapeFields] = Code(CaseId, e.CaseId);
        _attrsOf[i] = AttrsCode(e.Attrs);
        Count++;
    }

    private int Code(int field, string? text)
    {
        if (text is null)
            return NoText;
        if (ReferenceEquals(text, _lastText[field]))
            return _lastCode[field];
        if (!_textCodes.TryGetValue(text, out var code))
        {
            code = _texts.Count;
            _texts.Add(text);
            _textCodes.Add(text, code);
        }
        _lastText[field] = text;
        _lastCode[field] = code;
        return code;
    }

    // Equal maps (same keys and values) are kept once; an event keeps the map's contents, not the instance it came with.
    private int AttrsCode(IReadOnlyDictionary<string, string>? attrs)
    {
        if (attrs is null)
            return NoText;
        // Lengths first, so that no key or value can run into the next one.
        var key = string.Concat(attrs.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Key.Length}:{a.Key}{a.Value.Length}:{a.Value}")));
        if (!_attrCodes.TryGetValue(key, out var code))
        {
            code = _attrs.Count;
            _attrs.Add(new Dictionary<string, string>(attrs, StringComparer.Ordinal));
            _attrCodes.Add(key, code);
        }
        return code;
    }

    private void Grow()
    {
        var capacity = (int)Math.Min((long)_ids.Length * 2, Array.MaxLength / OwnFields);
        if (capacity <= _ids.Length)
            throw new InvalidOperationException("too many events for one work log");
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _seq, capacity);
        Array.Resize(ref _ts, capacity);
        Array.Resize(ref _duration, capacity);
        Array.Resize(ref _x, capacity);
        Array.Resize(ref _y, capacity);
        Array.Resize(ref _sourceRow, capacity);
        Array.Resize(ref _has, capacity);
        Array.Resize(ref _shapeOf, capacity);
        Array.Resize(ref _textsOf, capacity * OwnFields);
        Array.Resize(ref _attrsOf, capacity);
    }

    /// <summary>Shapes compared by their codes.</summary>
    private sealed class ShapeComparer : IEqualityComparer<int[]>
    {
        public static ShapeComparer Instance { get; } = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
