using System.Text;
using System.Text.Json;

namespace Deskmine.Mining.Maps;

/// <summary>
/// Writes a <see cref="ProcessMap"/> as the JSON object that outside checks read. The shape is a contract:
/// <code>
/// { "num_cases": 6, "num_events": 42,
///   "activities": { name: events, … },            most frequent first, ties by name
///   "start_activities": { name: cases, … },       same order
///   "end_activities": { name: cases, … },
///   "dfg": [ { "source", "target", "frequency", "mean_s", "median_s", "min_s", "max_s", "sum_s" }, … ],
///                                                 by source then target (ordinal); times null when unknown
///   "num_variants": 6,
///   "variants": [ { "activities": [ … ], "count": 1 }, … ] }   by count descending, ties as in the map
/// </code>
/// Keys always appear in this order; numbers use the invariant round-trip format.
/// </summary>
public static class ProcessMapJson
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonEncodedText ActivitiesKey = JsonEncodedText.Encode("activities");
    private static readonly JsonEncodedText CountKey = JsonEncodedText.Encode("count");

    /// <summary>The JSON text of <paramref name="map"/> (indented when <paramref name="indented"/>).</summary>
    public static string ToJson(ProcessMap map, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(map, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON of <paramref name="map"/> to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(ProcessMap map, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(map, writer);
    }

    /// <summary>Writes the JSON object of <paramref name="map"/> with <paramref name="writer"/>.</summary>
    public static void Write(ProcessMap map, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("num_cases", map.NumCases);
        writer.WriteNumber("num_events", map.NumEvents);

        writer.WriteStartObject("activities");
        foreach (var a in map.Activities.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal))
            writer.WriteNumber(a.Name, a.Count);
        writer.WriteEndObject();
        WriteCounts(writer, "start_activities", map.StartActivities);
        WriteCounts(writer, "end_activities", map.EndActivities);

        writer.WriteStartArray("dfg");
        foreach (var e in map.Edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("source", e.Source);
            writer.WriteString("target", e.Target);
            writer.WriteNumber("frequency", e.Frequency);
            WriteTime(writer, "mean_s", e.MeanS);
            WriteTime(writer, "median_s", e.MedianS);
            WriteTime(writer, "min_s", e.MinS);
            WriteTime(writer, "max_s", e.MaxS);
            WriteTime(writer, "sum_s", e.SumS);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteNumber("num_variants", map.NumVariants);
        writer.WriteStartArray("variants");
        // The variants repeat a few names hundreds of thousands of times (1 M events: 27,596 variants): each name is
        // escaped and coded to UTF-8 once, not at every use.
        var names = new EncodedNames(map.Activities);
        // Stable: variants of equal count keep the map's order (first appearance).
        foreach (var v in map.Variants.OrderByDescending(v => v.Count))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(ActivitiesKey);
            foreach (var activity in v.Activities)
                names.WriteValue(writer, activity);
            writer.WriteEndArray();
            writer.WriteNumber(CountKey, v.Count);
            writer.WriteEndObject();
            // A map of millions of events lists 100 k variants and more: hand them on in blocks instead of buffering all.
            if (writer.BytesPending > FlushBytes)
                writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, int> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (activity, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteNumber(activity, count);
        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, double? seconds)
    {
        if (seconds is { } s)
            writer.WriteNumber(name, s);
        else
            writer.WriteNull(name);
    }

    /// <summary>The map's activity names, escaped and coded once (an array, not a dictionary of the writer's struct, so
    /// that the precompiled code serves it).</summary>
    private sealed class EncodedNames
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly JsonEncodedText[] _texts;

        public EncodedNames(IReadOnlyList<ActivityStat> activities)
        {
            _texts = new JsonEncodedText[activities.Count];
            for (var i = 0; i < activities.Count; i++)
            {
                _index[activities[i].Name] = i;
                _texts[i] = JsonEncodedText.Encode(activities[i].Name);
            }
        }

        public void WriteValue(Utf8JsonWriter writer, string name)
        {
            if (_index.TryGetValue(name, out var i))
                writer.WriteStringValue(_texts[i]);
            else
                writer.WriteStringValue(name);
        }
    }
}
