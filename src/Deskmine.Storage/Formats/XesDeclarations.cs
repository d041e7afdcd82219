using System.Xml;

namespace Deskmine.Storage.Formats;

/// <summary>
/// The globals and classifiers of a written log, from a first pass over what will be written: a global declares a
/// key (with its type) that every trace or every event has, with the type's neutral default value, as IEEE 1849
/// asks; classifiers name the activity (<c>concept:name</c>), the activity with its lifecycle transition when every
/// event has one, and the resource when any event has one.
/// </summary>
internal sealed class XesDeclarations
{
    private readonly Dictionary<(string Key, string Type), long> _trace = [];
    private readonly Dictionary<(string Key, string Type), long> _event = [];
    private readonly HashSet<string> _anyEvent = new(StringComparer.Ordinal);
    private long _traces;
    private long _events;

    public void AddTrace(List<XesAttribute> attributes)
    {
        _traces++;
        foreach (var a in attributes)
            _trace[(a.Key, a.Type)] = _trace.GetValueOrDefault((a.Key, a.Type)) + 1;
    }

    public void AddEvent(List<XesAttribute> attributes)
    {
        _events++;
        foreach (var a in attributes)
        {
            _event[(a.Key, a.Type)] = _event.GetValueOrDefault((a.Key, a.Type)) + 1;
            _anyEvent.Add(a.Key);
        }
    }

    public void Write(XmlWriter xml)
    {
        Global(xml, "trace", _trace, _traces);
        var eventGlobals = Global(xml, "event", _event, _events);
        Classifier(xml, "Activity", "concept:name");
        if (eventGlobals.Contains(XesIntervals.Lifecycle))
            Classifier(xml, "Activity and lifecycle", "concept:name lifecycle:transition");
        if (_anyEvent.Contains("org:resource"))
            Classifier(xml, "Resource", "org:resource");
    }

    private static HashSet<string> Global(XmlWriter xml, string scope, Dictionary<(string Key, string Type), long> counts, long total)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (total == 0)
            return keys;
        var everywhere = counts.Where(c => c.Value == total && !c.Key.Type.StartsWith("list", StringComparison.Ordinal))
            .Select(c => c.Key).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        if (everywhere.Count == 0)
            return keys;
        xml.WriteStartElement("global");
        xml.WriteAttributeString("scope", scope);
        foreach (var (key, type) in everywhere)
        {
            new XesAttribute(key, type, Default(type)).Write(xml);
            keys.Add(key);
        }
        xml.WriteEndElement();
        return keys;
    }

    private static string Default(string type) => type switch
    {
        "date" => "1970-01-01T00:00:00.000+00:00",
        "int" => "0",
        "float" => "0.0",
        "boolean" => "false",
        "id" => "00000000-0000-0000-0000-000000000000",
        _ => "UNKNOWN",
    };

    private static void Classifier(XmlWriter xml, string name, string keys)
    {
        xml.WriteStartElement("classifier");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("keys", keys);
        xml.WriteEndElement();
    }
}
