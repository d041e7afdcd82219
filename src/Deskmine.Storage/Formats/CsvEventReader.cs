using System.Runtime.CompilerServices;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads a generic CSV event log (one row per event: case, activity, timestamp, optional resource, any other
/// columns) into schema v1 events of kind <see cref="EventKinds.Activity"/>, streaming. Columns come from a
/// <see cref="CsvMapping"/> or are detected from common names (pm4py's <c>case:concept:name</c>,
/// <c>concept:name</c>, <c>time:timestamp</c>, <c>org:resource</c>; <c>case_id</c>, <c>activity</c> …).
/// </summary>
public static class CsvEventReader
{
    /// <summary>Value of <see cref="UiEvent.Source"/> for these events.</summary>
    public const string SourceName = "import:csv";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a required column is not found or a row is bad.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        var mapping = options.Mapping ?? new CsvMapping();
        var table = CsvTable.Open(path, mapping.Delimiter, options);
        return Rows(table, mapping, options.SessionFor(path));
    }

    /// <summary>Reads CSV text; <paramref name="sourceName"/> names it in errors and is the default session.</summary>
    public static IEnumerable<UiEvent> Read(TextReader text, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        var mapping = options.Mapping ?? new CsvMapping();
        var table = CsvTable.Open(text, sourceName, mapping.Delimiter, options);
        return Rows(table, mapping, options.SessionFor(sourceName));
    }

    private static IEnumerable<UiEvent> Rows(CsvTable table, CsvMapping mapping, string session)
    {
        using (table)
        {
            var columns = new Columns(table, mapping);
            while (table.MoveNext())
                yield return columns.Map(table, session);
        }
    }

    private sealed class Columns
    {
        private readonly ImportIds _ids = new();
        private readonly int _case, _activity, _ts, _resource, _end, _app, _window, _url;
        private readonly string _kind;
        private readonly TimestampParser _times;
        private readonly int[] _attrCols;
        private readonly string[] _attrKeys;

        public Columns(CsvTable t, CsvMapping m)
        {
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
        private long? Duration(CsvTable t, long? ts)
        {
            if (_end < 0 || t.Timestamp(_end, _times) is not { } end)
                return null;
            if (ts is not { } start)
                throw t.Error(_end, $"data row {t.RowIndex + 1}: the row has an end time but no start time in '{t.Header[_ts]}'.");
            if (end < start)
                throw t.Error(_end, $"data row {t.RowIndex + 1}: the end {Core.Timestamps.ToIso(end)} is before the start {Core.Timestamps.ToIso(start)} in '{t.Header[_ts]}'.");
            return end - start;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public UiEvent Map(CsvTable t, string session)
        {
            var ts = t.Timestamp(_ts, _times);
            var duration = Duration(t, ts);
            Dictionary<string, string>? attrs = null;
            for (var i = 0; i < _attrCols.Length; i++)
            {
                if (t.Text(_attrCols[i]) is { } text)
                {
                    attrs ??= new Dictionary<string, string>(_attrCols.Length - i, StringComparer.Ordinal);
                    attrs[_attrKeys[i]] = text;
                }
            }
            var row = t.RowIndex;
            return new UiEvent
            {
                Id = _ids.Next(ts),
                Session = session,
                Seq = row,
                Ts = ts,
                Duration = duration,
                Source = SourceName,
                Kind = _kind,
                User = t.Text(_resource),
                App = t.Text(_app),
                Window = t.Text(_window),
                Url = t.Text(_url),
                CaseId = t.Text(_case),
                Activity = t.Text(_activity),
                SourceRow = row,
                Attrs = attrs,
            };
        }
    }
}
