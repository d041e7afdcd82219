using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads the UI logs simulated from coloured Petri nets (Leno et al., <c>logN_segmented.csv</c>) into schema v1
/// events, streaming. The <c>caseID</c> column is ground truth for segmentation, so it goes to
/// <c>attrs["caseID"]</c> and never to <see cref="UiEvent.CaseId"/>: a segmenter must not see it as input.
/// </summary>
public static class CpnReader
{
    /// <summary>Value of <see cref="UiEvent.Source"/> for these events.</summary>
    public const string SourceName = "import:cpn";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, lacks a required column or has a bad row.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        var table = CsvTable.Open(path, options.Mapping?.Delimiter, options.LocalClock(xes: false));
        return Rows(table, options.SessionFor(path));
    }

    /// <summary>Reads CSV text; <paramref name="sourceName"/> names it in errors and is the default session.</summary>
    public static IEnumerable<UiEvent> Read(TextReader text, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        var table = CsvTable.Open(text, sourceName, options.Mapping?.Delimiter, options.LocalClock(xes: false));
        return Rows(table, options.SessionFor(sourceName));
    }

    private static IEnumerable<UiEvent> Rows(CsvTable table, string session)
    {
        using (table)
        {
            var columns = new Columns(table);
            while (table.MoveNext())
                yield return columns.Map(table, session);
        }
    }

    private sealed class Columns
    {
        private readonly ImportIds _ids = new();
        private readonly int _ts, _type, _app, _url, _label, _value, _column, _row;
        private readonly string[] _attrKeys;
        private readonly bool[] _mapped;

        public Columns(CsvTable t)
        {
            _ts = t.Require("timeStamp", "time of the action");
            _type = t.Require("eventType", "what the user did");
            _app = t.IndexOf("source");
            _url = t.IndexOf("Url");
            _label = t.IndexOf("Label");
            _value = t.IndexOf("Value");
            _column = t.IndexOf("Column");
            _row = t.IndexOf("Row");
            _attrKeys = t.Header.Select(h => h switch { "Sheet" => "sheet", "FileName" => "workbook", _ => h }).ToArray();
            _mapped = new bool[_attrKeys.Length];
            foreach (var c in new[] { _ts, _type, _app, _url, _label, _value, _column, _row })
            {
                if (c >= 0)
                    _mapped[c] = true;
            }
        }

        public UiEvent Map(CsvTable t, string session)
        {
            var ts = t.Timestamp(_ts);
            var eventType = t.Text(_type) ?? throw t.Error(_type, "the event type is empty; expected a name such as insertValue or clickButton.");
            var attrs = new Dictionary<string, string>(StringComparer.Ordinal) { ["eventType"] = eventType };
            for (var c = 0; c < _attrKeys.Length; c++)
            {
                if (!_mapped[c] && t.Text(c) is { } text)
                    attrs[_attrKeys[c]] = text;
            }
            // A spreadsheet cell is addressed as Excel does (B7), like Action Logger's target.id.
            var column = t.Text(_column);
            var rowNumber = t.Text(_row);
            var cell = column is not null || rowNumber is not null ? column + rowNumber : null;
            var row = t.RowIndex;
            return new UiEvent
            {
                Id = _ids.Next(ts),
                Session = session,
                Seq = row,
                Ts = ts,
                Source = SourceName,
                Kind = UiEventTypes.KindOf(eventType),
                App = t.Text(_app),
                Url = t.Text(_url),
                TargetName = t.Text(_label),
                TargetId = cell,
                Value = t.Text(_value),
                SourceRow = row,
                Attrs = attrs,
            };
        }
    }
}
