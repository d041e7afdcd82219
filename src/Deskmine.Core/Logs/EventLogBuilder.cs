namespace Deskmine.Core.Logs;

/// <summary>
/// Collects events row by row (in file order) and builds an <see cref="EventLog"/>: cases in order of first
/// appearance, events in each case ordered by timestamp and then by the order they were added. Events
/// without a timestamp keep their place among each other (stable sort puts none before timed ones only when
/// a case mixes both, which no supported format produces). An interval event is added with its start as the
/// timestamp and its length as the duration; the log gets a duration column only when some event has one.
/// </summary>
public sealed class EventLogBuilder
{
    private readonly Dictionary<string, int> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _caseLookup;
    private readonly List<string> _caseIds = [];
    private readonly Dictionary<string, int> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _activityLookup;
    private readonly List<string> _activityNames = [];
    private readonly string[] _attributeNames;
    private readonly Dictionary<string, int>[] _attributeDicts;
    private readonly List<string>[] _attributeValues;
    private int[] _eventCase = new int[1024];
    private int[] _eventActivity = new int[1024];
    private long[] _eventTs = new long[1024];
    private long[] _eventRef = new long[1024];
    private long[]? _eventDuration;
    private int[][] _eventAttributes;
    private int _count;

    /// <summary>Creates a builder that also keeps the named categorical attributes.</summary>
    public EventLogBuilder(IReadOnlyList<string>? attributeNames = null)
    {
        _caseLookup = _cases.GetAlternateLookup<ReadOnlySpan<char>>();
        _activityLookup = _activities.GetAlternateLookup<ReadOnlySpan<char>>();
        _attributeNames = attributeNames?.ToArray() ?? [];
        _attributeDicts = _attributeNames.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _attributeValues = _attributeNames.Select(_ => new List<string>()).ToArray();
        _eventAttributes = _attributeNames.Select(_ => new int[1024]).ToArray();
    }

    /// <summary>Number of events added so far.</summary>
    public int Count => _count;

    /// <summary>
    /// Adds one event; <paramref name="eventRef"/> defaults to the order of addition, <paramref name="duration"/>
    /// (microseconds from <paramref name="timestamp"/> to the event's end) to none.
    /// </summary>
    public void Add(string caseId, string activity, long? timestamp, ReadOnlySpan<string?> attributes = default, long? eventRef = null, long? duration = null)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(activity);
        Add(caseId.AsSpan(), activity.AsSpan(), timestamp, attributes, eventRef, duration);
    }

    /// <summary>Adds one event from character spans without allocating when the case and activity are known.</summary>
    public void Add(ReadOnlySpan<char> caseId, ReadOnlySpan<char> activity, long? timestamp, ReadOnlySpan<string?> attributes = default, long? eventRef = null, long? duration = null)
    {
        if (attributes.Length > _attributeNames.Length)
            throw new ArgumentException("More attribute values than attribute names.", nameof(attributes));
        EnsureCapacity();
        _eventCase[_count] = Code(_caseLookup, caseId, _caseIds);
        _eventActivity[_count] = Code(_activityLookup, activity, _activityNames);
        _eventTs[_count] = timestamp ?? EventLog.NoTimestamp;
        _eventRef[_count] = eventRef ?? _count;
        if (duration is { } length and not 0)
        {
            // Allocated at the first real duration: logs of instants carry no column.
            _eventDuration ??= new long[_eventCase.Length];
            _eventDuration[_count] = length;
        }
        for (var a = 0; a < _attributeNames.Length; a++)
        {
            var value = a < attributes.Length ? attributes[a] : null;
            _eventAttributes[a][_count] = value is null ? -1 : AttributeCode(a, value);
        }
        _count++;
    }

    /// <summary>Builds the log. The builder should not be used afterwards.</summary>
    public EventLog Build()
    {
        var caseCount = _caseIds.Count;
        var starts = new int[caseCount + 1];
        for (var i = 0; i < _count; i++)
            starts[_eventCase[i] + 1]++;
        for (var c = 0; c < caseCount; c++)
            starts[c + 1] += starts[c];

        // Counting sort by case keeps file order inside each case.
        var order = new int[_count];
        var next = (int[])starts.Clone();
        for (var i = 0; i < _count; i++)
            order[next[_eventCase[i]]++] = i;

        for (var c = 0; c < caseCount; c++)
            SortCaseByTime(order, starts[c], starts[c + 1]);

        var activities = new int[_count];
        var timestamps = new long[_count];
        var refs = new long[_count];
        for (var i = 0; i < _count; i++)
        {
            var e = order[i];
            activities[i] = _eventActivity[e];
            timestamps[i] = _eventTs[e];
            refs[i] = _eventRef[e];
        }
        long[]? durations = null;
        if (_eventDuration is { } lengths)
        {
            durations = new long[_count];
            for (var i = 0; i < _count; i++)
                durations[i] = lengths[order[i]];
        }

        var attributes = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal);
        for (var a = 0; a < _attributeNames.Length; a++)
        {
            var codes = new int[_count];
            var source = _eventAttributes[a];
            for (var i = 0; i < _count; i++)
                codes[i] = source[order[i]];
            attributes[_attributeNames[a]] = new CategoricalColumn(_attributeValues[a].ToArray(), codes);
        }

        return new EventLog(_caseIds.ToArray(), starts, _activityNames.ToArray(), activities, timestamps, refs, attributes, durations);
    }

    private void SortCaseByTime(int[] order, int from, int to)
    {
        var sorted = true;
        for (var i = from + 1; i < to && sorted; i++)
            sorted = _eventTs[order[i - 1]] <= _eventTs[order[i]];
        if (sorted)
            return;
        // Stable: ties keep the order of addition, which is file order.
        var ts = _eventTs;
        Array.Sort(order, from, to - from, Comparer<int>.Create((x, y) =>
        {
            var byTime = ts[x].CompareTo(ts[y]);
            return byTime != 0 ? byTime : x.CompareTo(y);
        }));
    }

    private static int Code(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> key, List<string> names)
    {
        if (lookup.TryGetValue(key, out var code))
            return code;
        code = names.Count;
        var name = key.ToString();
        lookup.Dictionary.Add(name, code);
        names.Add(name);
        return code;
    }

    private int AttributeCode(int attribute, string value)
    {
        var dict = _attributeDicts[attribute];
        if (!dict.TryGetValue(value, out var code))
        {
            code = dict.Count;
            dict.Add(value, code);
            _attributeValues[attribute].Add(value);
        }
        return code;
    }

    private void EnsureCapacity()
    {
        if (_count < _eventCase.Length)
            return;
        var size = _eventCase.Length * 2;
        Array.Resize(ref _eventCase, size);
        Array.Resize(ref _eventActivity, size);
        Array.Resize(ref _eventTs, size);
        Array.Resize(ref _eventRef, size);
        if (_eventDuration is not null)
            Array.Resize(ref _eventDuration, size);
        for (var a = 0; a < _eventAttributes.Length; a++)
            Array.Resize(ref _eventAttributes[a], size);
    }
}
