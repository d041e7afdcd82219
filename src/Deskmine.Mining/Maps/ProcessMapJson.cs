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
        var activities = map.Activities;
        foreach (var i in Order(activities.Count, (x, y) => ByCountThenName(activities[x].Count, activities[x].Name, activities[y].Count, activities[y].Name)))
            writer.WriteNumber(activities[i].Name, activities[i].Count);
        writer.WriteEndObject();
        WriteCounts(writer, "start_activities", map.StartActivities);
        WriteCounts(writer, "end_activities", map.EndActivities);

        writer.WriteStartArray("dfg");
        var edges = map.Edges;
        foreach (var i in Order(edges.Count, (x, y) => string.CompareOrdinal(edges[x].Source, edges[y].Source) is var c and not 0 ? c : string.CompareOrdinal(edges[x].Target, edges[y].Target)))
        {
            var e = edges[i];
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
        var variants = map.Variants;
        foreach (var i in ByCountDescending(variants))
        {
            var v = variants[i];
            writer.WriteRawValue(names.Variant(v.Activities, v.Count, writer), skipInputValidation: true);
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
        var names = new string[counts.Count];
        var values = new int[counts.Count];
        var n = 0;
        foreach (var (activity, count) in counts)
        {
            names[n] = activity;
            values[n++] = count;
        }
        writer.WriteStartObject(name);
        foreach (var i in Order(n, (x, y) => ByCountThenName(values[x], names[x], values[y], names[y])))
            writer.WriteNumber(names[i], values[i]);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The indexes 0 … <paramref name="count"/> − 1 in the order of <paramref name="compare"/>, equal ones in index order
    /// (a stable sort). An index array sorted with a delegate runs precompiled code; LINQ's ordering over the map's
    /// records and pairs was JIT-compiled at every run, on the serial tail of <c>map --json</c>.
    /// </summary>
    private static int[] Order(int count, Comparison<int> compare)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
            order[i] = i;
        Array.Sort(order, (x, y) => compare(x, y) is var c and not 0 ? c : x.CompareTo(y));
        return order;
    }

    /// <summary>
    /// The variants' indexes, most frequent first and equal counts in index order (1 M events: 27,596 variants). An
    /// index array sorted with a delegate runs precompiled code; sorting numeric keys (<c>Array.Sort(long[])</c>) ran
    /// JIT-compiled code at every start, as the framework makes that sorter by reflection.
    /// </summary>
    private static int[] ByCountDescending(IReadOnlyList<Variant> variants)
    {
        var counts = new int[variants.Count];
        for (var i = 0; i < counts.Length; i++)
            counts[i] = variants[i].Count;
        return Order(counts.Length, (x, y) => counts[y].CompareTo(counts[x]));
    }

    private static int ByCountThenName(long countX, string nameX, long countY, string nameY) =>
        countY.CompareTo(countX) is var c and not 0 ? c : string.CompareOrdinal(nameX, nameY);

    private static void WriteTime(Utf8JsonWriter writer, string name, double? seconds)
    {
        if (seconds is { } s)
            writer.WriteNumber(name, s);
        else
            writer.WriteNull(name);
    }

    /// <summary>
    /// The map's activity names, escaped, quoted and coded to UTF-8 once, and the JSON objects of the variants built
    /// from them: the bytes the writer would give for such an object at its depth, written with
    /// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> instead of one checked and indented write per
    /// name and key (1 M events: 323,352 names in 27,596 variants). An array, not a dictionary of the writer's struct, so that
    /// the precompiled code serves it.
    /// </summary>
    private sealed class EncodedNames
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        // The variants' names are mostly the very strings of the activity list: found by reference without hashing the text.
        private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private int[] _codes = new int[64];
        private readonly List<byte[]> _quoted = [];
        private byte[] _buffer = new byte[1 << 12];

        public EncodedNames(IReadOnlyList<ActivityStat> activities)
        {
            foreach (var activity in activities)
                Index(activity.Name);
        }

        /// <summary>
        /// The JSON object <c>{ "activities": [ names ], "count": count }</c> of a variant, laid out as
        /// <paramref name="writer"/> lays out an object value in a list at its depth (the writer puts the separator
        /// before it).
        /// </summary>
        public ReadOnlySpan<byte> Variant(IReadOnlyList<string> names, int count, Utf8JsonWriter writer)
        {
            var options = writer.Options;
            var indented = options.Indented;
            var newLine = indented ? options.NewLine : string.Empty;
            var indentByte = (byte)options.IndentCharacter;
            // The object's members sit one level below it, the names of the list one level further.
            var objectIndent = indented ? options.IndentSize * writer.CurrentDepth : 0;
            var memberIndent = indented ? objectIndent + options.IndentSize : 0;
            var itemIndent = indented ? memberIndent + options.IndentSize : 0;
            ReadOnlySpan<byte> activitiesKey = indented ? "\"activities\": "u8 : "\"activities\":"u8;
            ReadOnlySpan<byte> countKey = indented ? "\"count\": "u8 : "\"count\":"u8;
            var length = newLine.Length + objectIndent + 1 + newLine.Length + memberIndent + activitiesKey.Length + 2
                + newLine.Length + memberIndent + 1 + newLine.Length + memberIndent + countKey.Length + 11 + newLine.Length + objectIndent + 1;
            if (_codes.Length < names.Count)
                _codes = new int[Math.Max(names.Count, _codes.Length * 2)];
            for (var i = 0; i < names.Count; i++)
            {
                var code = _codes[i] = Index(names[i]);
                length += 1 + newLine.Length + itemIndent + _quoted[code].Length;
            }
            if (_buffer.Length < length)
                _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
            var span = _buffer.AsSpan();
            // A raw value in a list gets the separator from the writer, but not the line break and indentation.
            var at = NewLine(span, newLine, indentByte, objectIndent);
            span[at++] = (byte)'{';
            at += NewLine(span[at..], newLine, indentByte, memberIndent);
            activitiesKey.CopyTo(span[at..]);
            at += activitiesKey.Length;
            span[at++] = (byte)'[';
            for (var i = 0; i < names.Count; i++)
            {
                if (i > 0)
                    span[at++] = (byte)',';
                at += NewLine(span[at..], newLine, indentByte, itemIndent);
                var quoted = _quoted[_codes[i]];
                quoted.CopyTo(span[at..]);
                at += quoted.Length;
            }
            // An empty list is "[]" on one line, as the writer gives it.
            if (names.Count > 0)
                at += NewLine(span[at..], newLine, indentByte, memberIndent);
            span[at++] = (byte)']';
            span[at++] = (byte)',';
            at += NewLine(span[at..], newLine, indentByte, memberIndent);
            countKey.CopyTo(span[at..]);
            at += countKey.Length;
            System.Buffers.Text.Utf8Formatter.TryFormat(count, span[at..], out var digits);
            at += digits;
            at += NewLine(span[at..], newLine, indentByte, objectIndent);
            span[at++] = (byte)'}';
            return span[..at];
        }

        private static int NewLine(Span<byte> into, string newLine, byte indent, int width)
        {
            for (var i = 0; i < newLine.Length; i++)
                into[i] = (byte)newLine[i];
            into.Slice(newLine.Length, width).Fill(indent);
            return newLine.Length + width;
        }

        // The number of a name's quoted bytes; a name outside the activity list is escaped when first met.
        private int Index(string name)
        {
            if (_byReference.TryGetValue(name, out var i))
                return i;
            // Another string of a known name (a map read from a store) is found by its text; only the first string of
            // each name is kept by reference, so the table stays as small as the list of names.
            if (_index.TryGetValue(name, out i))
                return i;
            var escaped = JsonEncodedText.Encode(name).EncodedUtf8Bytes;
            var quoted = new byte[escaped.Length + 2];
            quoted[0] = (byte)'"';
            escaped.CopyTo(quoted.AsSpan(1));
            quoted[^1] = (byte)'"';
            i = _quoted.Count;
            _quoted.Add(quoted);
            _index.Add(name, i);
            _byReference.Add(name, i);
            return i;
        }
    }
}
