using System.Globalization;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>The XES events one <see cref="UiEvent"/> becomes: one event, or a start/complete pair for an interval.</summary>
internal static class XesEventAttributes
{
    private const string ImportPrefix = "import:";

    // Schema fields XES has no standard key for, written as deskmine:<field>. Bookkeeping fields of imported events
    // are written only with XesExportOptions.Provenance.
    private static readonly string[] ContentFields =
        ["machine", "team", "app", "window", "url", "target_role", "target_name", "target_id", "target_path", "x", "y", "value", "value_hash"];

    private static readonly string[] BookkeepingFields = ["id", "session", "seq", "source_row"];

    /// <summary>The attribute lists of the XES events for <paramref name="e"/>; <paramref name="instance"/> numbers the trace's intervals.</summary>
    public static List<List<XesAttribute>> Of(UiEvent e, string activity, XesExportOptions options, ref int instance)
    {
        var attrs = e.Attrs;
        var types = XesTypes.Of(attrs);
        int? offset = attrs is not null && attrs.TryGetValue(XesTypes.OffsetKey, out var o) && XesTypes.TryParseOffset(o, out var m) ? m : null;
        var resource = attrs is not null && attrs.TryGetValue("org:resource", out var r) ? r : e.User;
        var recorded = !e.Source.StartsWith(ImportPrefix, StringComparison.Ordinal);
        var interval = e.Duration is { } duration && e.Ts is { } start ? (Start: start, End: start + duration) : ((long Start, long End)?)null;

        var complete = new List<XesAttribute>(8 + (attrs?.Count ?? 0)) { new("concept:name", "string", activity) };
        if (e.Ts is { } ts)
            complete.Add(new("time:timestamp", types.GetValueOrDefault("time:timestamp", "date"), Time(interval?.End ?? ts, offset)));
        if (resource is not null)
            complete.Add(new("org:resource", types.GetValueOrDefault("org:resource", "string"), resource));
        // The reader takes the user from org:resource; a different user needs its own key.
        if (e.User is not null && e.User != resource)
            complete.Add(new("deskmine:user", "string", e.User));
        if (recorded || options.Provenance)
        {
            foreach (var field in BookkeepingFields)
                Field(complete, e, field);
        }
        if (recorded || options.Provenance || e.Kind != EventKinds.Activity)
            complete.Add(new("deskmine:kind", "string", e.Kind));
        if (recorded || options.Provenance)
            complete.Add(new("deskmine:source", "string", e.Source));
        foreach (var field in ContentFields)
            Field(complete, e, field);
        if (interval is null && e.Duration is { } loose)
            complete.Add(new("deskmine:duration", "string", loose.ToString(CultureInfo.InvariantCulture)));
        if (attrs is not null)
        {
            foreach (var (k, v) in attrs)
            {
                if (k is "org:resource" or "concept:name" or "time:timestamp" || XesTypes.IsReserved(k) || k == XesTypes.IntervalKey
                    || k.StartsWith("case:", StringComparison.Ordinal))
                    continue;
                complete.Add(new(k, types.GetValueOrDefault(k, "string"), v));
            }
        }
        if (interval is not { } span)
            return [complete];

        // An interval: a start event with what pairs it, then the complete event with everything.
        var ownInstance = attrs?.GetValueOrDefault(XesIntervals.Instance);
        var ownLifecycle = attrs?.GetValueOrDefault(XesIntervals.Lifecycle);
        var id = ownInstance ?? (++instance).ToString(CultureInfo.InvariantCulture);
        if (ownInstance is null)
            complete.Add(new(XesIntervals.Instance, "string", id));
        if (ownLifecycle is null)
            complete.Add(new(XesIntervals.Lifecycle, "string", "complete"));
        var startEvent = new List<XesAttribute>(6)
        {
            new("concept:name", "string", activity),
            new("time:timestamp", types.GetValueOrDefault("time:timestamp", "date"), Time(span.Start, offset)),
            new(XesIntervals.Lifecycle, "string", "start"),
            new(XesIntervals.Instance, "string", id),
        };
        if (resource is not null)
            startEvent.Add(new("org:resource", "string", resource));
        startEvent.Add(new(XesTypes.IntervalKey, "string", XesIntervals.Marker(ownInstance is null, ownLifecycle is null)));
        return [startEvent, complete];
    }

    private static void Field(List<XesAttribute> list, UiEvent e, string field)
    {
        if (UiEventFields.Get(e, field) is { } value)
            list.Add(new("deskmine:" + field, "string", value));
    }

    /// <summary>
    /// ISO text of a time: with a stated offset, <paramref name="micros"/> is the clock reading at that offset and is
    /// written with it (<c>2011-10-11T13:45:40.276+02:00</c>); otherwise it is UTC (<c>Z</c>). Milliseconds when the
    /// time has no finer part, else microseconds.
    /// </summary>
    internal static string Time(long micros, int? offsetMinutes)
    {
        var clock = Timestamps.FromMicros(micros).UtcDateTime;
        var format = micros % 1000 == 0 ? "yyyy-MM-dd'T'HH:mm:ss.fff" : "yyyy-MM-dd'T'HH:mm:ss.ffffff";
        var text = clock.ToString(format, CultureInfo.InvariantCulture);
        return offsetMinutes is { } m ? text + XesTypes.FormatOffset(m) : text + "Z";
    }
}
