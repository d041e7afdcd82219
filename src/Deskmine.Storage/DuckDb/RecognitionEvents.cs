using System.Collections;
using Deskmine.Core.Events;
using DuckDB.NET.Data;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One person's events as the recognition read gives them, kept as columns (codes of the store's dictionaries, shared
/// value strings and attribute maps) and made into a <see cref="UiEvent"/> each time one is asked for. A person's
/// events live through the whole analysis of the person, long enough to reach the collector's oldest generation: as
/// objects, the 476 k events of a person of a 10 M-event workspace were half a million objects there, marked by
/// every full collection; as columns they are a few arrays, and the events made from them die young.
/// </summary>
/// <remarks>
/// Read-only once filled: any thread may read it, as the analysis does while the next person is read. Sized by the
/// person's event count when it is known: grown by doubling, a 476 k-event person's 16 arrays left about 90 MB of
/// copies on the large-object heap, whose allocations start most of the run's full collections.
/// <para>
/// Texts of the store's <c>names</c> are the person's own: codes are kept as numbers into the person's table of
/// the texts it uses (<see cref="PersonNames"/>), made when the read ends, so that the texts of the people already
/// analysed are not kept for the rest of the run.
/// </para>
/// </remarks>
internal sealed class RecognitionEvents(PersonNames names, CodeDictionary activities, int capacity = RecognitionEvents.DefaultCapacity) : IReadOnlyList<UiEvent>
{
    private const int None = -1;
    /// <summary>Columns' first size when the number of events is not known.</summary>
    public const int DefaultCapacity = 1024;
    private Guid[] _id = new Guid[Math.Max(capacity, 1)];
    private int[] _session = new int[Math.Max(capacity, 1)];
    private long[] _ts = new long[Math.Max(capacity, 1)];
    private bool[] _hasTs = new bool[Math.Max(capacity, 1)];
    private int[] _user = new int[Math.Max(capacity, 1)];
    private int[] _source = new int[Math.Max(capacity, 1)];
    private int[] _kind = new int[Math.Max(capacity, 1)];
    private int[] _app = new int[Math.Max(capacity, 1)];
    private int[] _window = new int[Math.Max(capacity, 1)];
    private int[] _url = new int[Math.Max(capacity, 1)];
    private int[] _targetRole = new int[Math.Max(capacity, 1)];
    private int[] _targetName = new int[Math.Max(capacity, 1)];
    private int[] _targetId = new int[Math.Max(capacity, 1)];
    private int[] _activity = new int[Math.Max(capacity, 1)];
    private string?[] _value = new string?[Math.Max(capacity, 1)];
    private Dictionary<string, string>?[] _attrs = new Dictionary<string, string>?[Math.Max(capacity, 1)];

    // The person's texts by local number; given when the read ends.
    private string[]? _names;

    public int Count { get; private set; }

    /// <summary>Events the columns hold before they grow.</summary>
    internal int Capacity => _id.Length;

    public UiEvent this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var names = _names ?? throw new InvalidOperationException("The events are read only once their texts are taken (Complete).");
            return new UiEvent
            {
                Id = _id[index],
                Session = names[_session[index]],
                Ts = _hasTs[index] ? _ts[index] : null,
                User = Name(_user[index]),
                Source = names[_source[index]],
                Kind = names[_kind[index]],
                App = Name(_app[index]),
                Window = Name(_window[index]),
                Url = Name(_url[index]),
                TargetRole = Name(_targetRole[index]),
                TargetName = Name(_targetName[index]),
                TargetId = Name(_targetId[index]),
                Value = _value[index],
                Activity = _activity[index] == None ? null : activities.Name(_activity[index]),
                Attrs = _attrs[index],
            };
        }
    }

    /// <summary>The events' ids, in order (a copy).</summary>
    public Guid[] Ids() => _id.AsSpan(0, Count).ToArray();

    /// <summary>
    /// Adds the event of the current row of a reader over the columns of the recognition read (id, session, time,
    /// user, source, kind, application, window, address, the target's role, name and id, value, activity); its value
    /// and attribute map are given already shared.
    /// </summary>
    public void Add(DuckDBDataReader r, string? value, Dictionary<string, string>? attrs)
    {
        if (Count == _id.Length)
            Grow();
        var i = Count++;
        _id[i] = r.GetGuid(0);
        _session[i] = names.Local(r.GetInt32(1));
        _hasTs[i] = !r.IsDBNull(2);
        _ts[i] = _hasTs[i] ? r.GetInt64(2) : 0;
        _user[i] = Code(r, 3);
        _source[i] = names.Local(r.GetInt32(4));
        _kind[i] = names.Local(r.GetInt32(5));
        _app[i] = Code(r, 6);
        _window[i] = Code(r, 7);
        _url[i] = Code(r, 8);
        _targetRole[i] = Code(r, 9);
        _targetName[i] = Code(r, 10);
        _targetId[i] = Code(r, 11);
        _value[i] = value;
        _activity[i] = r.IsDBNull(13) ? None : r.GetInt32(13);
        _attrs[i] = attrs;
    }

    /// <summary>Ends the read: the person's texts are made, and the events can be read.</summary>
    public void Complete() => _names = names.Take();

    public IEnumerator<UiEvent> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? Name(int code) => code == None ? null : _names![code];

    private int Code(DuckDBDataReader r, int i) => r.IsDBNull(i) ? None : names.Local(r.GetInt32(i));

    private void Grow()
    {
        var size = _id.Length * 2;
        Array.Resize(ref _id, size);
        Array.Resize(ref _session, size);
        Array.Resize(ref _ts, size);
        Array.Resize(ref _hasTs, size);
        Array.Resize(ref _user, size);
        Array.Resize(ref _source, size);
        Array.Resize(ref _kind, size);
        Array.Resize(ref _app, size);
        Array.Resize(ref _window, size);
        Array.Resize(ref _url, size);
        Array.Resize(ref _targetRole, size);
        Array.Resize(ref _targetName, size);
        Array.Resize(ref _targetId, size);
        Array.Resize(ref _activity, size);
        Array.Resize(ref _value, size);
        Array.Resize(ref _attrs, size);
    }
}
