using System.IO.Compression;
using System.Text;
using System.Xml;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Writes events as an XES log (IEEE 1849): one trace per case key in order of first appearance, events in
/// their given order. <c>concept:name</c> is the activity, <c>time:timestamp</c> the ISO time,
/// <c>org:resource</c> the resource; every other schema field is a string attribute <c>deskmine:&lt;field&gt;</c>
/// and every attr keeps its key (<c>case:*</c> attrs become trace attributes), so
/// <see cref="XesReader"/> restores the events.
/// </summary>
public static class XesWriter
{
    private static readonly string[] ExtraFields =
    [
        "id", "session", "seq", "duration", "user", "machine", "team", "source", "kind", "app", "window", "url",
        "target_role", "target_name", "target_id", "target_path", "x", "y", "value", "value_hash", "source_row",
    ];

    /// <summary>Writes <paramref name="events"/> to <paramref name="path"/>; returns the number of events.</summary>
    public static long Write(IEnumerable<UiEvent> events, string path, XesExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= XesExportOptions.Default;
        var compress = options.Compress ?? path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var stream = compress ? new GZipStream(file, CompressionLevel.Fastest) : (Stream)file;
        return Write(events, stream, options with { Compress = false });
    }

    /// <summary>Writes <paramref name="events"/> to <paramref name="stream"/> (left open); returns the number of events.</summary>
    /// <remarks>Events are grouped by trace in memory before writing: XES needs each trace in one piece.</remarks>
    public static long Write(IEnumerable<UiEvent> events, Stream stream, XesExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= XesExportOptions.Default;
        var caseOf = options.CaseOf ?? (e => e.CaseId ?? e.Session);
        var activityOf = options.ActivityOf ?? DefaultActivity;

        var traces = new Dictionary<string, List<UiEvent>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in events)
        {
            var key = caseOf(e) ?? e.Session;
            if (!traces.TryGetValue(key, out var list))
            {
                traces[key] = list = [];
                order.Add(key);
            }
            list.Add(e);
        }

        if (options.Compress == true)
        {
            using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            return WriteXml(gzip, traces, order, activityOf);
        }
        return WriteXml(stream, traces, order, activityOf);
    }

    /// <summary>
    /// The activity stated by the event, else a label composed from what was done where: the recorder's event
    /// type (or kind), the application and the target, e.g. <c>clickButton Chrome Submit</c>.
    /// </summary>
    public static string DefaultActivity(UiEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Activity is { } activity)
            return activity;
        var action = e.Attrs is { } a && a.TryGetValue("eventType", out var type) ? type : e.Kind;
        return string.Join(' ', new[] { action, e.App, e.TargetName ?? e.TargetId }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private static long WriteXml(Stream stream, Dictionary<string, List<UiEvent>> traces, List<string> order, Func<UiEvent, string> activityOf)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("log");
        xml.WriteAttributeString("xes.version", "1849-2016");
        xml.WriteAttributeString("xes.features", "");
        Extension(xml, "Concept", "concept", "http://www.xes-standard.org/concept.xesext");
        Extension(xml, "Time", "time", "http://www.xes-standard.org/time.xesext");
        Extension(xml, "Organizational", "org", "http://www.xes-standard.org/org.xesext");
        Extension(xml, "Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext");
        xml.WriteStartElement("classifier");
        xml.WriteAttributeString("name", "Activity");
        xml.WriteAttributeString("keys", "concept:name");
        xml.WriteEndElement();

        long count = 0;
        foreach (var key in order)
        {
            var list = traces[key];
            xml.WriteStartElement("trace");
            Attribute(xml, "string", "concept:name", key);
            // Trace attributes come back from the reader as case:<key> on every event; the first event speaks for the trace.
            if (list[0].Attrs is { } first)
            {
                foreach (var (k, v) in first)
                {
                    if (k.StartsWith("case:", StringComparison.Ordinal) && k.Length > 5)
                        Attribute(xml, "string", k[5..], v);
                }
            }
            foreach (var e in list)
            {
                WriteEvent(xml, e, activityOf(e));
                count++;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return count;
    }

    private static void WriteEvent(XmlWriter xml, UiEvent e, string activity)
    {
        xml.WriteStartElement("event");
        Attribute(xml, "string", "concept:name", activity);
        if (e.Ts is { } ts)
            Attribute(xml, "date", "time:timestamp", Timestamps.ToIso(ts));
        var resource = e.Attrs is { } a && a.TryGetValue("org:resource", out var r) ? r : e.User;
        if (resource is not null)
            Attribute(xml, "string", "org:resource", resource);
        foreach (var field in ExtraFields)
        {
            if (UiEventFields.Get(e, field) is { } value)
                Attribute(xml, "string", "deskmine:" + field, value);
        }
        if (e.Attrs is { } attrs)
        {
            foreach (var (k, v) in attrs)
            {
                if (k is not ("org:resource" or "concept:name" or "time:timestamp") && !k.StartsWith("case:", StringComparison.Ordinal))
                    Attribute(xml, "string", k, v);
            }
        }
        xml.WriteEndElement();
    }

    private static void Extension(XmlWriter xml, string name, string prefix, string uri)
    {
        xml.WriteStartElement("extension");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("prefix", prefix);
        xml.WriteAttributeString("uri", uri);
        xml.WriteEndElement();
    }

    private static void Attribute(XmlWriter xml, string type, string key, string value)
    {
        xml.WriteStartElement(type);
        xml.WriteAttributeString("key", key);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
