using System.Text;
using System.Xml;
using Deskmine.Core;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// The XML encoding of OCEL 2.0 (<c>.xmlocel</c>), streamed: <c>&lt;log&gt;</c> with <c>object-types</c>,
/// <c>event-types</c>, <c>objects</c> (initial attribute values stamped at the Unix epoch, changes at their time, then
/// their relationships to other objects) and <c>events</c> (attributes, then relationships to objects), as pm4py
/// writes and <see cref="OcelXmlReader"/> reads it. Values are element text (XML-escaped). XML 1.0 cannot carry
/// control characters other than tab, line feed and carriage return, nor unpaired surrogates: each is written as
/// U+FFFD (the JSON and SQLite encodings keep them).
/// </summary>
internal sealed class OcelXmlWriter : IOcelWriter
{
    private const string Epoch = "1970-01-01T00:00:00Z";
    private readonly XmlWriter _xml;
    private bool _inEvents;

    public OcelXmlWriter(string path)
    {
        _xml = XmlWriter.Create(path, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        });
    }

    public void Begin(IReadOnlyList<OcelType> eventTypes, IReadOnlyList<OcelType> objectTypes)
    {
        _xml.WriteStartDocument();
        _xml.WriteStartElement("log");
        Types("object-types", "object-type", objectTypes);
        Types("event-types", "event-type", eventTypes);
        _xml.WriteStartElement("objects");
    }

    public void Object(OcelObject obj, IReadOnlyList<OcelChange> changes, IReadOnlyList<OcelRelation> objects)
    {
        _xml.WriteStartElement("object");
        _xml.WriteAttributeString("id", Text(obj.Id));
        _xml.WriteAttributeString("type", Text(obj.Type));
        _xml.WriteStartElement("attributes");
        foreach (var (name, value) in obj.Attributes)
            Attribute(name, value, Epoch);
        foreach (var c in changes)
            Attribute(c.Attribute, c.Value, Timestamps.ToIso(c.Time));
        _xml.WriteEndElement();
        Relationships(objects);
        _xml.WriteEndElement();
    }

    public void Event(OcelEvent e, IReadOnlyList<OcelRelation> objects)
    {
        if (!_inEvents)
        {
            _xml.WriteEndElement(); // objects
            _xml.WriteStartElement("events");
            _inEvents = true;
        }
        _xml.WriteStartElement("event");
        _xml.WriteAttributeString("id", Text(e.Id));
        _xml.WriteAttributeString("type", Text(e.Type));
        _xml.WriteAttributeString("time", Timestamps.ToIso(e.Time));
        _xml.WriteStartElement("attributes");
        foreach (var (name, value) in e.Attributes)
            Attribute(name, value, null);
        _xml.WriteEndElement();
        Relationships(objects);
        _xml.WriteEndElement();
    }

    public void End()
    {
        if (!_inEvents)
        {
            _xml.WriteEndElement(); // objects
            _xml.WriteStartElement("events");
        }
        _xml.WriteEndElement(); // events
        _xml.WriteEndElement(); // log
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    private void Types(string group, string item, IReadOnlyList<OcelType> types)
    {
        _xml.WriteStartElement(group);
        foreach (var t in types)
        {
            _xml.WriteStartElement(item);
            _xml.WriteAttributeString("name", Text(t.Name));
            _xml.WriteStartElement("attributes");
            foreach (var a in t.Attributes)
            {
                _xml.WriteStartElement("attribute");
                _xml.WriteAttributeString("name", Text(a.Name));
                _xml.WriteAttributeString("type", Text(a.Type));
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    private void Attribute(string name, string value, string? time)
    {
        _xml.WriteStartElement("attribute");
        _xml.WriteAttributeString("name", Text(name));
        if (time is not null)
            _xml.WriteAttributeString("time", time);
        _xml.WriteString(Text(value));
        _xml.WriteEndElement();
    }

    private static string Text(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!Valid(text, i, out var width))
                return Replaced(text);
            i += width - 1;
        }
        return text;
    }

    private static string Replaced(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Valid(text, i, out var width))
            {
                result.Append(text, i, width);
                i += width - 1;
            }
            else
            {
                result.Append('\uFFFD');
            }
        }
        return result.ToString();
    }

    private static bool Valid(string text, int i, out int width)
    {
        width = 1;
        if (char.IsHighSurrogate(text[i]))
        {
            width = 2;
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }
        return XmlConvert.IsXmlChar(text[i]);
    }

    private void Relationships(IReadOnlyList<OcelRelation> relations)
    {
        _xml.WriteStartElement("objects");
        foreach (var r in relations)
        {
            _xml.WriteStartElement("relationship");
            _xml.WriteAttributeString("object-id", Text(r.TargetId));
            _xml.WriteAttributeString("qualifier", Text(r.Qualifier));
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }
}
