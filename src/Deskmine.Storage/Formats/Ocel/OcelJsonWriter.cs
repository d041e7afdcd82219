using System.Globalization;
using System.Text.Json;
using Deskmine.Core;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// The JSON encoding of OCEL 2.0, streamed: <c>objectTypes</c>, <c>eventTypes</c>, <c>objects</c> (initial attribute
/// values stamped at the Unix epoch, changes at their time), <c>events</c>. Values of attributes declared
/// <c>integer</c>, <c>float</c> or <c>boolean</c> are written as JSON numbers and booleans when they read as such.
/// </summary>
internal sealed class OcelJsonWriter : IOcelWriter
{
    private const string Epoch = "1970-01-01T00:00:00Z";
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly Dictionary<(string Type, string Attribute), string> _types = [];
    private bool _inEvents;

    public OcelJsonWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = false, SkipValidation = true });
    }

    public void Begin(IReadOnlyList<OcelType> eventTypes, IReadOnlyList<OcelType> objectTypes)
    {
        _json.WriteStartObject();
        Types("objectTypes", objectTypes, "o");
        Types("eventTypes", eventTypes, "e");
        _json.WriteStartArray("objects");
    }

    public void Object(OcelObject obj, IReadOnlyList<OcelChange> changes, IReadOnlyList<OcelRelation> objects)
    {
        _json.WriteStartObject();
        _json.WriteString("id", obj.Id);
        _json.WriteString("type", obj.Type);
        _json.WriteStartArray("attributes");
        foreach (var (name, value) in obj.Attributes)
            Attribute(name, value, Epoch, ("o" + obj.Type, name));
        foreach (var c in changes)
            Attribute(c.Attribute, c.Value, Timestamps.ToIso(c.Time), ("o" + obj.Type, c.Attribute));
        _json.WriteEndArray();
        Relationships(objects);
        _json.WriteEndObject();
        Flush();
    }

    public void Event(OcelEvent e, IReadOnlyList<OcelRelation> objects)
    {
        if (!_inEvents)
        {
            _json.WriteEndArray();
            _json.WriteStartArray("events");
            _inEvents = true;
        }
        _json.WriteStartObject();
        _json.WriteString("id", e.Id);
        _json.WriteString("type", e.Type);
        _json.WriteString("time", Timestamps.ToIso(e.Time));
        _json.WriteStartArray("attributes");
        foreach (var (name, value) in e.Attributes)
            Attribute(name, value, null, ("e" + e.Type, name));
        _json.WriteEndArray();
        Relationships(objects);
        _json.WriteEndObject();
        Flush();
    }

    public void End()
    {
        if (!_inEvents)
        {
            _json.WriteEndArray();
            _json.WriteStartArray("events");
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }

    private void Types(string name, IReadOnlyList<OcelType> types, string kind)
    {
        _json.WriteStartArray(name);
        foreach (var t in types)
        {
            _json.WriteStartObject();
            _json.WriteString("name", t.Name);
            _json.WriteStartArray("attributes");
            foreach (var a in t.Attributes)
            {
                _types[(kind + t.Name, a.Name)] = a.Type;
                _json.WriteStartObject();
                _json.WriteString("name", a.Name);
                _json.WriteString("type", a.Type);
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void Attribute(string name, string value, string? time, (string, string) key)
    {
        _json.WriteStartObject();
        _json.WriteString("name", name);
        switch (_types.GetValueOrDefault(key))
        {
            case "integer" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l):
                _json.WriteNumber("value", l);
                break;
            case "float" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                _json.WriteNumber("value", d);
                break;
            case "boolean" when bool.TryParse(value, out var b):
                _json.WriteBoolean("value", b);
                break;
            default:
                _json.WriteString("value", value);
                break;
        }
        if (time is not null)
            _json.WriteString("time", time);
        _json.WriteEndObject();
    }

    private void Relationships(IReadOnlyList<OcelRelation> relations)
    {
        _json.WriteStartArray("relationships");
        foreach (var r in relations)
        {
            _json.WriteStartObject();
            _json.WriteString("objectId", r.TargetId);
            _json.WriteString("qualifier", r.Qualifier);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    // Utf8JsonWriter buffers until flushed; flushing past 64 KiB keeps memory bounded on a large log.
    private void Flush()
    {
        if (_json.BytesPending > 1 << 16)
            _json.Flush();
    }
}
