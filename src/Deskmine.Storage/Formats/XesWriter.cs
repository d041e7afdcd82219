using System.IO.Compression;
using System.Text;
using System.Xml;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Writes events as an XES log (IEEE 1849-2016): one trace per case key in order of first appearance, events in
/// their given order, attributes with the types the source file gave them (<see cref="XesTypes"/>), times with the
/// offset the file stated, intervals as <c>lifecycle:transition</c> start/complete pairs (<see cref="XesIntervals"/>),
/// and globals and classifiers declared. Schema fields that XES has no standard key for are written as
/// <c>deskmine:&lt;field&gt;</c>, so <see cref="XesReader"/> restores the events. Mapping: <c>docs/formats.md</c>.
/// </summary>
public static partial class XesWriter
{
    /// <summary>Writes <paramref name="events"/> to <paramref name="path"/>; returns the number of events (a pair counts once).</summary>
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

        var traces = new Dictionary<string, List<UiEvent>>(StringComparer.Ordinal);
        var order = new List<string>();
        long read = 0;
        foreach (var e in events)
        {
            if (++read % 65_536 == 0)
                options.ReadProgress?.Report(read);
            var key = caseOf(e) ?? e.Session;
            if (!traces.TryGetValue(key, out var list))
            {
                traces[key] = list = [];
                order.Add(key);
            }
            list.Add(e);
        }

        options.ReadProgress?.Report(read);
        var log = new XesLogWriter(options);
        if (options.Compress == true)
        {
            using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            return log.Write(gzip, traces, order);
        }
        return log.Write(stream, traces, order);
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

    /// <summary>One pass of writing a log: declarations from a first pass over the events, then the traces.</summary>
    private sealed class XesLogWriter(XesExportOptions options)
    {
        private readonly Func<UiEvent, string> _activityOf = options.ActivityOf ?? DefaultActivity;

        public long Write(Stream stream, Dictionary<string, List<UiEvent>> traces, List<string> order)
        {
            var declarations = Declarations(traces, order);
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "\t", CloseOutput = false };
            using var xml = XmlWriter.Create(stream, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("log");
            xml.WriteAttributeString("xes.version", "1849-2016");
            xml.WriteAttributeString("xes.features", "");
            Extension(xml, "Concept", "concept", "http://www.xes-standard.org/concept.xesext");
            Extension(xml, "Time", "time", "http://www.xes-standard.org/time.xesext");
            Extension(xml, "Organizational", "org", "http://www.xes-standard.org/org.xesext");
            Extension(xml, "Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext");
            declarations.Write(xml);

            long count = 0;
            foreach (var key in order)
            {
                xml.WriteStartElement("trace");
                foreach (var attribute in TraceAttributes(key, traces[key]))
                    attribute.Write(xml);
                var instance = 0;
                foreach (var e in traces[key])
                {
                    foreach (var written in XesEventAttributes.Of(e, _activityOf(e), options, ref instance))
                    {
                        xml.WriteStartElement("event");
                        foreach (var attribute in written)
                            attribute.Write(xml);
                        xml.WriteEndElement();
                    }
                    if (++count % 65_536 == 0)
                        options.Progress?.Report(count);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
            options.Progress?.Report(count);
            return count;
        }

        private XesDeclarations Declarations(Dictionary<string, List<UiEvent>> traces, List<string> order)
        {
            var declarations = new XesDeclarations();
            foreach (var key in order)
            {
                declarations.AddTrace(TraceAttributes(key, traces[key]));
                var instance = 0;
                foreach (var e in traces[key])
                {
                    foreach (var written in XesEventAttributes.Of(e, _activityOf(e), options, ref instance))
                        declarations.AddEvent(written);
                }
            }
            return declarations;
        }

        // Trace attributes come back from the reader as case:<key> on every event; the first event speaks for the trace.
        private static List<XesAttribute> TraceAttributes(string key, List<UiEvent> events)
        {
            var list = new List<XesAttribute> { new("concept:name", "string", key) };
            if (events[0].Attrs is { } first)
            {
                var types = XesTypes.Of(first);
                foreach (var (k, v) in first.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    if (k.StartsWith("case:", StringComparison.Ordinal) && k.Length > 5 && k != "case:concept:name")
                        list.Add(new(k[5..], types.GetValueOrDefault(k, "string"), v));
                }
            }
            return list;
        }
    }

    private static void Extension(XmlWriter xml, string name, string prefix, string uri)
    {
        xml.WriteStartElement("extension");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("prefix", prefix);
        xml.WriteAttributeString("uri", uri);
        xml.WriteEndElement();
    }
}
