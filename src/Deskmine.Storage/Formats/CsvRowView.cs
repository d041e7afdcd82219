using System.Globalization;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.Logs;

namespace Deskmine.Storage.Formats;

/// <summary>
/// The rows of a generic CSV event log with the mapping resolved: which column is the case, the activity, the
/// timestamp and every other schema field, and the fields each row gives. <see cref="CsvEventReader"/> builds its
/// events from it; a reader that needs only a few fields (a map straight from a file) reads them from the current
/// row without building an event, its id or its attributes.
/// </summary>
internal sealed class CsvRowView : IEventFields, IDisposable
{
    private readonly CsvTable _table;
    private readonly string _session;
    private readonly int _case, _activity, _ts, _resource, _end, _app, _window, _url;
    private readonly string _kind;
    private readonly TimestampParser _times;
    private readonly int[] _attrCols;
    private readonly string[] _attrKeys;
    private readonly Dictionary<string, int[]> _attrColsByKey;

    public CsvRowView(CsvTable table, CsvMapping m, string session)
    {
        _table = table;
        _session = session;
        var t = table;
        // A desktop log (app, window or url mapped: a window tracker's export) states no case or activity: its rows
        // are focus periods of kind app_switch. A process-mining log must have both.
        var desktop = m.IsDesktopLog;
        _case = Optional(t, m.Case, CsvMapping.CaseCandidates, "case id", required: !desktop);
        _activity = Optional(t, m.Activity, CsvMapping.ActivityCandidates, "activity name", required: !desktop);
        _ts = t.Require(Resolve(t, m.Timestamp, CsvMapping.TimestampCandidates), "timestamp");
        var resource = m.Resource ?? CsvMapping.Detect(t.Header, CsvMapping.ResourceCandidates);
        _resource = resource is null ? -1 : t.Require(resource, "resource");
        _end = m.End is null ? -1 : t.Require(m.End, "end time");
        _app = m.App is null ? -1 : t.Require(m.App, "application");
        _window = m.Window is null ? -1 : t.Require(m.Window, "window title");
        _url = m.Url is null ? -1 : t.Require(m.Url, "page address");
        _kind = _activity >= 0 ? EventKinds.Activity : EventKinds.AppSwitch;
        _times = new TimestampParser(m.TimestampFormats ?? [], m.Zone(), t.LocalClock);

        var mapped = new HashSet<int> { _case, _activity, _ts, _resource, _end, _app, _window, _url };
        var attrCols = new List<int>();
        if (m.AttributeColumns is { } wanted)
        {
            foreach (var name in wanted)
                attrCols.Add(t.Require(name, "listed in the mapping's attribute columns"));
        }
        else
        {
            // Unnamed columns (a pandas index, a trailing delimiter) carry no attribute.
            for (var c = 0; c < t.Header.Count; c++)
            {
                if (!mapped.Contains(c) && !string.IsNullOrWhiteSpace(t.Header[c]))
                    attrCols.Add(c);
            }
        }
        _attrCols = [.. attrCols];
        _attrKeys = [.. attrCols.Select(c => t.Header[c])];
        _attrColsByKey = _attrKeys.Distinct(StringComparer.Ordinal)
            .ToDictionary(k => k, k => _attrCols.Where((_, i) => _attrKeys[i] == k).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>0-based data row index of the current row (the event's <c>seq</c> and <c>source_row</c>).</summary>
    public int Row => _table.RowIndex;

    /// <summary>Start of the current row, parsed by <see cref="MoveNext"/>.</summary>
    public long? Ts { get; private set; }

    /// <summary>Length of the current row's interval when an end column is mapped and filled.</summary>
    public long? Duration { get; private set; }

    /// <summary>Moves to the next row and parses its times; false at the end.</summary>
    /// <exception cref="InputException">A malformed row or a bad time, naming the line and column.</exception>
    public bool MoveNext()
    {
        if (!_table.MoveNext())
            return false;
        Ts = _table.Timestamp(_ts, _times);
        Duration = IntervalLength(Ts);
        return true;
    }

    public string? Text(EventField field, string? key)
    {
        var inv = CultureInfo.InvariantCulture;
        return field switch
        {
            EventField.Session => _session,
            EventField.Source => CsvEventReader.SourceName,
            EventField.Kind => _kind,
            EventField.User => _table.Text(_resource),
            EventField.App => _table.Text(_app),
            EventField.Window => _table.Text(_window),
            EventField.Url => _table.Text(_url),
            EventField.CaseId => _table.Text(_case),
            EventField.Activity => _table.Text(_activity),
            EventField.Seq or EventField.SourceRow => Row.ToString(inv),
            EventField.Ts => Ts?.ToString(inv),
            EventField.Duration => Duration?.ToString(inv),
            EventField.Attr => Attribute(key!),
            EventField.Id => throw new InvalidOperationException("A CSV row has no event id until an event is built from it."),
            // Not a column of a generic CSV log.
            _ => null,
        };
    }

    /// <summary>Number of columns of the header line (every row has as many).</summary>
    internal int ColumnCount => _table.Header.Count;

    /// <summary>The delimiter in use.</summary>
    internal char Delimiter => _table.Delimiter;

    /// <summary>Longest field in characters that is accepted.</summary>
    internal int MaxFieldLength => _table.MaxFieldLength;

    /// <summary>Column of the start time.</summary>
    internal int TimestampColumn => _ts;

    /// <summary>Column of the end time, or -1.</summary>
    internal int EndColumn => _end;

    /// <summary>How the time columns are read.</summary>
    internal TimestampParser Times => _times;

    /// <summary>
    /// Where <see cref="Text"/> finds <paramref name="field"/>: one column of the row, or the same text for every row;
    /// null when it is neither (the row number, the parsed times, an attribute of several columns).
    /// </summary>
    internal FieldSlot? Slot(EventField field, string? key)
    {
        return field switch
        {
            EventField.Session => new FieldSlot(-1, _session),
            EventField.Source => new FieldSlot(-1, CsvEventReader.SourceName),
            EventField.Kind => new FieldSlot(-1, _kind),
            EventField.User => Column(_resource),
            EventField.App => Column(_app),
            EventField.Window => Column(_window),
            EventField.Url => Column(_url),
            EventField.CaseId => Column(_case),
            EventField.Activity => Column(_activity),
            EventField.Seq or EventField.SourceRow or EventField.Ts or EventField.Duration or EventField.Id => null,
            EventField.Attr => !_attrColsByKey.TryGetValue(key!, out var cols) ? new FieldSlot(-1, null)
                : cols.Length == 1 ? Column(cols[0]) : null,
            _ => new FieldSlot(-1, null),
        };

        static FieldSlot Column(int c) => new(c < 0 ? -1 : c, null);
    }

    /// <summary>The event of the current row.</summary>
    public UiEvent ToEvent(ImportIds ids)
    {
        Dictionary<string, string>? attrs = null;
        for (var i = 0; i < _attrCols.Length; i++)
        {
            if (_table.Text(_attrCols[i]) is { } text)
            {
                attrs ??= new Dictionary<string, string>(_attrCols.Length - i, StringComparer.Ordinal);
                attrs[_attrKeys[i]] = text;
            }
        }
        var row = _table.RowIndex;
        return new UiEvent
        {
            Id = ids.Next(Ts),
            Session = _session,
            Seq = row,
            Ts = Ts,
            Duration = Duration,
            Source = CsvEventReader.SourceName,
            Kind = _kind,
            User = _table.Text(_resource),
            App = _table.Text(_app),
            Window = _table.Text(_window),
            Url = _table.Text(_url),
            CaseId = _table.Text(_case),
            Activity = _table.Text(_activity),
            SourceRow = row,
            Attrs = attrs,
        };
    }

    public void Dispose() => _table.Dispose();

    // As in the event's attributes: of several columns with one name, the last filled one holds.
    private string? Attribute(string key)
    {
        if (!_attrColsByKey.TryGetValue(key, out var cols))
            return null;
        string? value = null;
        foreach (var c in cols)
            value = _table.Text(c) ?? value;
        return value;
    }

    private static string Resolve(CsvTable t, string? given, IReadOnlyList<string> candidates) =>
        given ?? CsvMapping.Detect(t.Header, candidates) ?? candidates[0];

    private static int Optional(CsvTable t, string? given, IReadOnlyList<string> candidates, string purpose, bool required)
    {
        if (required || given is not null)
            return t.Require(Resolve(t, given, candidates), purpose);
        return CsvMapping.Detect(t.Header, candidates) is { } found ? t.IndexOf(found) : -1;
    }

    // The end column makes the row an interval; an end before its start is a mistake in the file, not a negative duration.
    private long? IntervalLength(long? ts)
    {
        if (_end < 0 || _table.Timestamp(_end, _times) is not { } end)
            return null;
        if (ts is not { } start)
            throw _table.Error(_end, $"data row {_table.RowIndex + 1}: the row has an end time but no start time in '{_table.Header[_ts]}'.");
        if (end < start)
            throw _table.Error(_end, $"data row {_table.RowIndex + 1}: the end {Core.Timestamps.ToIso(end)} is before the start {Core.Timestamps.ToIso(start)} in '{_table.Header[_ts]}'.");
        return end - start;
    }
}
