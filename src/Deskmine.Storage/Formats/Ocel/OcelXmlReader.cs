using System.Xml;
using System.Xml.Linq;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>The XML encoding of OCEL 2.0: <c>&lt;log&gt;</c> with <c>object-types</c>, <c>event-types</c>, <c>objects</c>, <c>events</c>.</summary>
internal static class OcelXmlReader
{
    public static OcelLog Read(string path)
    {
        XDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InputException(path, e.LineNumber, $"position {e.LinePosition}", $"is not well-formed XML: {e.Message}", e);
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "log")
            throw new InputException(path, Line(root), null, "is not an OCEL 2.0 XML log: expected a <log> root element.");
        var log = new OcelLogBuilder(path);
        foreach (var t in Children(root, "event-types", "event-type"))
            log.EventType(Type(t, path));
        foreach (var t in Children(root, "object-types", "object-type"))
            log.ObjectType(Type(t, path));
        foreach (var o in Children(root, "objects", "object"))
            Object(o, log);
        foreach (var e in Children(root, "events", "event"))
            Event(e, log);
        return log.Build();
    }

    private static IEnumerable<XElement> Children(XElement parent, string group, string item) =>
        parent.Elements(group).SelectMany(g => g.Elements(item));

    private static OcelType Type(XElement t, string path) => new(
        Required(t, "name", path),
        [.. Children(t, "attributes", "attribute").Select(a => new OcelAttribute(Required(a, "name", path), (string?)a.Attribute("type") ?? "string"))]);

    private static void Object(XElement o, OcelLogBuilder log)
    {
        var id = Required(o, "id", log.Path);
        var type = Required(o, "type", log.Path);
        var where = $"<object id=\"{id}\"> (line {Line(o)})";
        var initial = new List<KeyValuePair<string, string>>();
        foreach (var a in Children(o, "attributes", "attribute"))
        {
            var name = Required(a, "name", log.Path);
            var time = (string?)a.Attribute("time") is { } text ? OcelReader.Time(text, log.Path, Line(a), where) : 0;
            if (time == 0)
                initial.Add(new(name, a.Value));
            else
                log.Change(new OcelChange(id, time, name, a.Value), $"{where}, attribute '{name}' (line {Line(a)})");
        }
        log.Object(new OcelObject(id, type, initial), Line(o), where);
        foreach (var r in Children(o, "objects", "relationship"))
            log.ObjectObject(new OcelRelation(id, Required(r, "object-id", log.Path), (string?)r.Attribute("qualifier") ?? ""), $"{where}, relationship at line {Line(r)}");
    }

    private static void Event(XElement e, OcelLogBuilder log)
    {
        var id = Required(e, "id", log.Path);
        var where = $"<event id=\"{id}\"> (line {Line(e)})";
        var type = Required(e, "type", log.Path);
        var time = OcelReader.Time((string?)e.Attribute("time"), log.Path, Line(e), where);
        var attributes = Children(e, "attributes", "attribute").Select(a => new KeyValuePair<string, string>(Required(a, "name", log.Path), a.Value)).ToList();
        log.Event(new OcelEvent(id, type, time, attributes), Line(e), where);
        foreach (var r in Children(e, "objects", "relationship"))
            log.EventObject(new OcelRelation(id, Required(r, "object-id", log.Path), (string?)r.Attribute("qualifier") ?? ""), $"{where}, relationship at line {Line(r)}");
    }

    private static string Required(XElement element, string attribute, string path) =>
        (string?)element.Attribute(attribute)
        ?? throw new InputException(path, Line(element), null, $"<{element.Name.LocalName}> lacks the required attribute '{attribute}'.");

    private static long? Line(XElement? element) => element is IXmlLineInfo { } info && info.HasLineInfo() ? info.LineNumber : null;
}
