using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads UI logs recorded by Action Logger / SmartRPA (Leno et al.) into schema v1 events, one per data row,
/// streaming. Column mapping: see <c>docs/formats.md</c>.
/// </summary>
public static class ActionLoggerReader
{
    /// <summary>Value of <see cref="UiEvent.Source"/> for these events.</summary>
    public const string SourceName = "import:actionlogger";

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

    /// <summary>Column positions, resolved once from the header.</summary>
    private sealed class Columns
    {
        private readonly ImportIds _ids = new();
        private readonly int _ts, _user, _app, _type, _url, _content, _id, _tag, _inputType, _name, _value, _innerText, _title;
        private readonly string[] _attrKeys;
        private readonly bool[] _consumed;

        public Columns(CsvTable t)
        {
            _ts = t.Require("timeStamp", "time of the action");
            _type = t.Require("eventType", "what the user did");
            _user = t.IndexOf("userID");
            _app = t.IndexOf("targetApp");
            _url = t.IndexOf("url");
            _content = t.IndexOf("content");
            _id = t.IndexOf("target.id");
            _tag = t.IndexOf("target.tagName");
            _inputType = t.IndexOf("target.type");
            _name = t.IndexOf("target.name");
            _value = t.IndexOf("target.value");
            _innerText = t.IndexOf("target.innerText");
            _title = t.IndexOf("target.title");
            _attrKeys = t.Header.Select(AttrKey).ToArray();
            _consumed = new bool[_attrKeys.Length];
        }

        // Workbook and sheet use the schema's common attribute names; both class spellings become one key.
        private static string AttrKey(string header) => header switch
        {
            "target.workbookName" => "workbook",
            "target.sheetName" => "sheet",
            "target.className" => "target.class",
            _ => header,
        };

        public UiEvent Map(CsvTable t, string session)
        {
            Array.Clear(_consumed);
            var ts = t.Timestamp(_ts);
            _consumed[_ts] = true;
            var eventType = Take(t, _type) ?? throw t.Error(_type, "the event type is empty; expected a name such as clickButton or editField.");
            var attrs = new Dictionary<string, string>(StringComparer.Ordinal) { ["eventType"] = eventType };
            var row = t.RowIndex;
            var ev = new UiEvent
            {
                Id = _ids.Next(ts),
                Session = session,
                Seq = row,
                Ts = ts,
                Source = SourceName,
                Kind = UiEventTypes.KindOf(eventType),
                User = Take(t, _user),
                App = Take(t, _app),
                Url = Take(t, _url),
                Value = Take(t, _content) ?? Take(t, _value),
                TargetId = Take(t, _id),
                TargetRole = Take(t, _tag) ?? Take(t, _inputType),
                TargetName = Take(t, _name) ?? Take(t, _innerText) ?? Take(t, _title),
                SourceRow = row,
                Attrs = attrs,
            };
            for (var c = 0; c < _attrKeys.Length; c++)
            {
                if (_consumed[c])
                    continue;
                var text = t.Text(c);
                if (text is not null)
                    attrs[_attrKeys[c]] = text;
            }
            return ev;
        }

        // Marks a column as mapped to a field only when it had a value, so empty ones fall through.
        private string? Take(CsvTable t, int col)
        {
            var text = t.Text(col);
            if (text is not null)
                _consumed[col] = true;
            return text;
        }
    }
}
