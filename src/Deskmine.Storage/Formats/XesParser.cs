using System.Globalization;
using System.Xml;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// The state of one streaming pass over an XES document: returns the events of one trace at a time, so trace
/// attributes that follow the events still reach them. <paramref name="localClock"/> drops UTC offsets and
/// keeps clock readings (see <see cref="TimeOffsets"/>); a value longer than <paramref name="maxFieldLength"/> is an error.
/// </summary>
/// <remarks>
/// An event with a <c>start_timestamp</c> (pm4py's interval logs) is an interval: <c>ts</c> is its start and
/// <c>duration</c> runs to its <c>time:timestamp</c> (the completion), so a map can measure the wait from one
/// event's completion to the next one's start.
/// </remarks>
internal sealed class XesParser(XmlReader xml, string source, string session, bool localClock, int maxFieldLength)
{
    private const string DeskminePrefix = "deskmine:";
    private const string StartKey = "start_timestamp";
    private readonly IXmlLineInfo _lines = (IXmlLineInfo)xml;
    private readonly ImportIds _ids = new();
    private bool _started;
    private bool _done;
    private long _eventOrdinal;
    private long _traceOrdinal;
    private readonly XesTypeCache _types = new();

    /// <summary>1-based line of the reader's position.</summary>
    public long Line => _lines.LineNumber;

    /// <summary>The events of the next trace (or of one event outside any trace); null at the end.</summary>
    public List<UiEvent>? Next()
    {
        if (_done)
            return null;
        if (!_started && !Start())
            return null;
        while (true)
        {
            if (xml.EOF)
                throw Truncated();
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                _done = true;
                return null;
            }
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }
            switch (xml.LocalName)
            {
                case "trace":
                    return ReadTrace();
                case "event":
                    // XES 1849 puts events in traces; a loose one is kept without a case.
                    var (draft, ordinal) = ReadEvent();
                    if (_types.Json(draft.Types, null) is { } types)
                        draft.Attr(XesTypes.TypesKey, types);
                    return [draft.Build(_ids, session, ordinal, XesReader.SourceName, EventKinds.Activity, ordinal)];
                default:
                    // Extensions, globals, classifiers and log attributes describe the log, not events: the store has no
                    // place for them, and an export declares its own.
                    xml.Skip();
                    break;
            }
        }
    }

    private bool Start()
    {
        _started = true;
        while (xml.Read() && xml.NodeType != XmlNodeType.Element)
        {
        }
        if (xml.EOF)
            throw new InputException(source, Line, null, "the document is empty; expected an XES <log> element.");
        if (xml.LocalName != "log")
            throw new InputException(source, Line, Position(), $"the root element is <{xml.Name}>; expected an XES <log> element.");
        if (xml.IsEmptyElement)
        {
            _done = true;
            return false;
        }
        xml.Read();
        return true;
    }

    private List<UiEvent> ReadTrace()
    {
        var traceOrdinal = _traceOrdinal++;
        var drafts = new List<(UiEventDraft Draft, long Ordinal)>();
        var traceAttrs = new List<KeyValuePair<string, string>>();
        List<(string Key, string Type)>? traceTypes = null;
        string? caseId = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (NextChild(depth))
            {
                if (xml.LocalName == "event")
                {
                    drafts.Add(ReadEvent());
                    continue;
                }
                if (Attribute() is var (key, value, type))
                {
                    if (key == "concept:name")
                    {
                        caseId = value;
                    }
                    else
                    {
                        traceAttrs.Add(new("case:" + key, value));
                        if (type != XesTypes.DefaultType(key))
                            (traceTypes ??= []).Add(("case:" + key, type));
                    }
                }
                xml.Skip();
            }
        }
        xml.Read();

        // A trace without a name is still a case of its own: it is named by its 0-based position.
        caseId ??= traceOrdinal.ToString(CultureInfo.InvariantCulture);
        var events = new List<UiEvent>(drafts.Count);
        foreach (var (draft, ordinal) in XesIntervals.Merge(drafts))
        {
            draft.CaseId ??= caseId;
            foreach (var (key, value) in traceAttrs)
            {
                draft.Attrs ??= new Dictionary<string, string>(StringComparer.Ordinal);
                draft.Attrs.TryAdd(key, value);
            }
            if (_types.Json(draft.Types, traceTypes) is { } types)
                draft.Attr(XesTypes.TypesKey, types);
            events.Add(draft.Build(_ids, session, ordinal, XesReader.SourceName, EventKinds.Activity, ordinal));
        }
        return events;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="depth"/>; <c>false</c> at its end tag.
    /// Text, comments and whitespace between children are passed over.
    /// </summary>
    private bool NextChild(int depth)
    {
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.EOF)
                throw Truncated();
            if (xml.NodeType == XmlNodeType.Element)
                return true;
            xml.Read();
        }
        return false;
    }

    private (UiEventDraft Draft, long Ordinal) ReadEvent()
    {
        var ordinal = _eventOrdinal++;
        var draft = new UiEventDraft();
        long? start = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (NextChild(depth))
            {
                if (Attribute() is var (key, value, type))
                {
                    if (key == StartKey)
                        start = Time(key, value, out _);
                    else
                        Apply(draft, key, value);
                    if (type != XesTypes.DefaultType(key) && key != StartKey)
                        (draft.Types ??= []).Add((key, type));
                }
                // Nested attributes (XES meta-attributes) are skipped with their parent's children.
                xml.Skip();
            }
        }
        xml.Read();
        if (start is { } begin)
        {
            // A duration stated by Deskmine's own export wins over the one implied by the two times.
            if (draft.Ts is { } end)
                draft.Duration ??= end - begin;
            draft.Ts = begin;
        }
        return (draft, ordinal);
    }

    private long Time(string key, string value, out int? offset) =>
        TimestampText.TryParse(value, localClock, out var ts, out offset)
            ? ts
            : throw new InputException(source, Line, Position(),
                $"{key} '{CsvTable.Shown(value)}' is not an xs:dateTime such as 2011-10-11T13:45:40.276+02:00 in years 1 to 9999 (UTC).");

    private void Apply(UiEventDraft draft, string key, string value)
    {
        switch (key)
        {
            case "concept:name":
                draft.Activity = value;
                return;
            case "time:timestamp":
                draft.Ts = Time(key, value, out var offset);
                // The clock reading is kept; its offset is kept beside it so an export can write the same instant.
                if (localClock && offset is { } minutes and not 0)
                    draft.Attr(XesTypes.OffsetKey, _types.Offset(minutes));
                return;
            case "org:resource":
                draft.User = value;
                draft.Attr(key, value);
                return;
        }
        if (key == XesTypes.IntervalKey)
        {
            draft.Attr(key, value);
            return;
        }
        if (key.StartsWith(DeskminePrefix, StringComparison.Ordinal))
        {
            if (draft.Set(key[DeskminePrefix.Length..], value) is { } problem)
                throw new InputException(source, Line, Position(), $"{key}: {problem}");
            return;
        }
        draft.Attr(key, value);
    }

    /// <summary>
    /// The key, value and type of the attribute element under the reader; a list's value is the JSON array of its
    /// items' values. Null for containers. The reader stays on the element (or, for a list, on its end tag).
    /// </summary>
    private (string Key, string Value, string Type)? Attribute()
    {
        var type = xml.LocalName;
        if (type is "container")
            return null;
        var key = xml.GetAttribute("key")
            ?? throw new InputException(source, Line, Position(), $"<{type}> has no 'key' attribute; every XES attribute needs one.");
        if (type is "list")
            return ReadList(key);
        var value = xml.GetAttribute("value")
            ?? throw new InputException(source, Line, Position(), $"<{type} key=\"{key}\"> has no 'value' attribute.");
        CheckLength(key, value);
        return (key, value, type);
    }

    // XES 1849 lists hold their items in <values>; older writers put them directly under <list>. Items' own nested
    // attributes are not kept. A list whose items share one type other than string is typed list:TYPE.
    private (string Key, string Value, string Type) ReadList(string key)
    {
        var items = new List<string>();
        string? itemType = null;
        var mixed = false;
        using (var sub = xml.ReadSubtree())
        {
            sub.Read();
            var inValues = false;
            while (sub.Read())
            {
                if (sub.NodeType == XmlNodeType.EndElement && sub.Depth == 1 && sub.LocalName == "values")
                    inValues = false;
                if (sub.NodeType != XmlNodeType.Element)
                    continue;
                if (sub.Depth == 1 && sub.LocalName == "values")
                {
                    inValues = !sub.IsEmptyElement;
                    continue;
                }
                if ((sub.Depth == 1 || (sub.Depth == 2 && inValues)) && sub.GetAttribute("value") is { } value)
                {
                    CheckLength(key, value);
                    items.Add(value);
                    mixed |= itemType is not null && itemType != sub.LocalName;
                    itemType ??= sub.LocalName;
                }
            }
        }
        var json = System.Text.Json.JsonSerializer.Serialize(items, AttrsJson.Default.ListString);
        CheckLength(key, json);
        return (key, json, mixed || itemType is null or "string" ? "list" : "list:" + itemType);
    }

    private void CheckLength(string key, string value)
    {
        if (value.Length > maxFieldLength || key.Length > maxFieldLength)
            throw new InputException(source, Line, Position(),
                $"the value of '{CsvTable.Shown(key)}' has {value.Length:N0} characters; at most {maxFieldLength:N0} are accepted per field.");
    }

    private string Position() => _lines.LinePosition.ToString(CultureInfo.InvariantCulture);

    private InputException Truncated() =>
        new(source, Line, null, "the document ends inside an element; the XES file is truncated.");
}
