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
                    return [draft.Build(_ids, session, ordinal, XesReader.SourceName, EventKinds.Activity, ordinal)];
                default:
                    // Extensions, globals, classifiers and log attributes describe the log, not events.
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
                if (Attribute() is var (key, value))
                {
                    if (key == "concept:name")
                        caseId = value;
                    else
                        traceAttrs.Add(new("case:" + key, value));
                }
                xml.Skip();
            }
        }
        xml.Read();

        // A trace without a name is still a case of its own: it is named by its 0-based position.
        caseId ??= traceOrdinal.ToString(CultureInfo.InvariantCulture);
        var events = new List<UiEvent>(drafts.Count);
        foreach (var (draft, ordinal) in drafts)
        {
            draft.CaseId ??= caseId;
            foreach (var (key, value) in traceAttrs)
            {
                draft.Attrs ??= new Dictionary<string, string>(StringComparer.Ordinal);
                draft.Attrs.TryAdd(key, value);
            }
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
                if (Attribute() is var (key, value))
                {
                    if (key == StartKey)
                        start = Time(key, value);
                    else
                        Apply(draft, key, value);
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

    private long Time(string key, string value) =>
        TimestampText.TryParse(value, localClock, out var ts)
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
                draft.Ts = Time(key, value);
                return;
            case "org:resource":
                draft.User = value;
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

    /// <summary>The key and value of the typed attribute element under the reader, or null for lists and containers.</summary>
    private (string Key, string Value)? Attribute()
    {
        var type = xml.LocalName;
        if (type is "list" or "container")
            return null;
        var key = xml.GetAttribute("key")
            ?? throw new InputException(source, Line, Position(), $"<{type}> has no 'key' attribute; every XES attribute needs one.");
        var value = xml.GetAttribute("value")
            ?? throw new InputException(source, Line, Position(), $"<{type} key=\"{key}\"> has no 'value' attribute.");
        if (value.Length > maxFieldLength || key.Length > maxFieldLength)
            throw new InputException(source, Line, Position(),
                $"the value of '{CsvTable.Shown(key)}' has {value.Length:N0} characters; at most {maxFieldLength:N0} are accepted per field.");
        return (key, value);
    }

    private string Position() => _lines.LinePosition.ToString(CultureInfo.InvariantCulture);

    private InputException Truncated() =>
        new(source, Line, null, "the document ends inside an element; the XES file is truncated.");
}
