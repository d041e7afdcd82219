using System.Text;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats;

public sealed partial record CsvMapping
{
    /// <summary>The properties of a mapping file (see <see cref="Load"/>).</summary>
    public static IReadOnlyList<string> FileProperties { get; } = ["columns", "delimiter", "timestampFormats", "timezone", "attributes"];

    /// <summary>
    /// Loads a mapping file for repeat use, JSON (comments and trailing commas allowed):
    /// <code>
    /// { "columns": { "ts": "Begin", "end": "End", "app": "App", "window": "Title" },
    ///   "delimiter": ";", "timestampFormats": ["d-M-yyyy HH:mm", "d-M-yyyy HH:mm:ss"], "timezone": "Europe/Berlin",
    ///   "attributes": ["Project"] }
    /// </code>
    /// Every property is optional; unknown ones are errors, so a misspelt setting is never silently ignored.
    /// </summary>
    /// <exception cref="InputException">The file is missing, not JSON, or a property is wrong (file, line and property named).</exception>
    public static CsvMapping Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, $"cannot read the mapping file: {e.Message}", e);
        }
        return Parse(bytes, path);
    }

    /// <summary>Parses mapping JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputException">Not JSON, or a property is wrong.</exception>
    public static CsvMapping Parse(ReadOnlySpan<byte> json, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var text = json.ToArray();
        var mapping = new CsvMapping();
        try
        {
            Next(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, "a JSON object such as { \"columns\": { \"ts\": \"Begin\" } }", text, source, null);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var line = Line(text, reader.TokenStartIndex);
                Next(ref reader);
                try
                {
                    mapping = name switch
                    {
                        "columns" => ReadColumns(ref reader, mapping, text, source),
                        "delimiter" => mapping with { Delimiter = ParseDelimiter(String(ref reader, text, source, name)) },
                        "timestampFormats" => mapping with { TimestampFormats = Strings(ref reader, text, source, name) },
                        "timezone" => mapping with { TimeZone = String(ref reader, text, source, name) },
                        "attributes" => mapping with { AttributeColumns = Strings(ref reader, text, source, name) },
                        _ => throw new InputException(source, line, name,
                            $"unknown property; expected one of {string.Join(", ", FileProperties)}."),
                    };
                }
                catch (ArgumentException e)
                {
                    throw new InputException(source, line, name, e.Message.Split(" (Parameter", 2)[0], e);
                }
            }
            mapping.Validate();
        }
        catch (JsonException e)
        {
            throw new InputException(source, (e.LineNumber ?? 0) + 1, null, $"not valid JSON: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new InputException(source, null, null, e.Message.Split(" (Parameter", 2)[0], e);
        }
        return mapping;
    }

    private static CsvMapping ReadColumns(ref Utf8JsonReader reader, CsvMapping mapping, byte[] text, string source)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object of FIELD: COLUMN pairs such as { \"ts\": \"Begin\" }", text, source, "columns");
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var line = Line(text, reader.TokenStartIndex);
            Next(ref reader);
            var column = String(ref reader, text, source, $"columns.{field}");
            try
            {
                mapping = mapping.WithColumn(field, column);
            }
            catch (ArgumentException e)
            {
                throw new InputException(source, line, $"columns.{field}", e.Message.Split(" (Parameter", 2)[0], e);
            }
        }
        return mapping;
    }

    private static string String(ref Utf8JsonReader reader, byte[] text, string source, string property)
    {
        Expect(ref reader, JsonTokenType.String, "a string", text, source, property);
        return reader.GetString()!;
    }

    // One string or a list of strings.
    private static string[] Strings(ref Utf8JsonReader reader, byte[] text, string source, string property)
    {
        if (reader.TokenType == JsonTokenType.String)
            return [reader.GetString()!];
        Expect(ref reader, JsonTokenType.StartArray, "a string or a list of strings", text, source, property);
        var list = new List<string>();
        while (Next(ref reader) != JsonTokenType.EndArray)
            list.Add(String(ref reader, text, source, property));
        return [.. list];
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string expected, byte[] text, string source, string? property)
    {
        if (reader.TokenType != type)
            throw new InputException(source, Line(text, reader.TokenStartIndex), property, $"expected {expected}, found {reader.TokenType}.");
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
            throw new JsonException("the file ends before the mapping object is closed.");
        return reader.TokenType;
    }

    private static long Line(byte[] text, long index)
    {
        var end = (int)Math.Min(index, text.Length);
        return text.AsSpan(0, end).Count((byte)'\n') + 1;
    }

    /// <summary>The mapping as the JSON of a mapping file, for saving a mapping that worked.</summary>
    public string ToJson()
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("columns");
            foreach (var (field, column) in new[] { ("ts", Timestamp), ("end", End), ("case", Case), ("activity", Activity), ("user", Resource), ("app", App), ("window", Window), ("url", Url) })
            {
                if (column is not null)
                    w.WriteString(field, column);
            }
            w.WriteEndObject();
            if (Delimiter is { } d)
                w.WriteString("delimiter", d.ToString());
            if (TimestampFormats is { Count: > 0 } formats)
            {
                w.WriteStartArray("timestampFormats");
                foreach (var f in formats)
                    w.WriteStringValue(f);
                w.WriteEndArray();
            }
            if (TimeZone is not null)
                w.WriteString("timezone", TimeZone);
            if (AttributeColumns is { } attrs)
            {
                w.WriteStartArray("attributes");
                foreach (var a in attrs)
                    w.WriteStringValue(a);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
