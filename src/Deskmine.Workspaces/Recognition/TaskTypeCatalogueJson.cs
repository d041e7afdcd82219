using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The stored form of a <see cref="TaskTypeCatalogue"/>: a JSON array of objects with <c>index</c>, <c>key</c>,
/// <c>name</c>, <c>segments</c>, <c>events</c> and <c>applications</c> (the shape every workspace since the first
/// <c>deskmine mine</c> holds).
/// </summary>
public static class TaskTypeCatalogueJson
{
    /// <summary>The catalogue as compact JSON.</summary>
    public static string Serialize(TaskTypeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var e in catalogue.Entries)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", e.Index);
                writer.WriteString("key", e.Key);
                writer.WriteString("name", e.Name);
                writer.WriteNumber("segments", e.Segments);
                writer.WriteNumber("events", e.Events);
                writer.WriteStartArray("applications");
                foreach (var app in e.Applications)
                    writer.WriteStringValue(app);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a catalogue; <paramref name="source"/> names where the text came from in errors.</summary>
    /// <exception cref="InputException">The text is not JSON or an entry lacks a field.</exception>
    public static TaskTypeCatalogue Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new InputException(source, null, null, "expected a JSON array of task types");
            var entries = new List<TaskTypeEntry>();
            var position = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                position++;
                entries.Add(Entry(item, source, position));
            }
            return new TaskTypeCatalogue(entries);
        }
        catch (JsonException e)
        {
            throw new InputException(source, e.LineNumber + 1, (e.BytePositionInLine + 1)?.ToString(CultureInfo.InvariantCulture), $"not valid JSON: {e.Message}", e);
        }
    }

    private static TaskTypeEntry Entry(JsonElement item, string source, int position)
    {
        if (item.ValueKind != JsonValueKind.Object)
            throw new InputException(source, position, null, "expected an object per task type");
        var applications = item.TryGetProperty("applications", out var apps) && apps.ValueKind == JsonValueKind.Array
            ? apps.EnumerateArray().Select(a => a.GetString() ?? "").ToArray()
            : [];
        return new TaskTypeEntry(
            Number(item, "index", source, position),
            Text(item, "key", source, position),
            Text(item, "name", source, position),
            Number(item, "segments", source, position),
            Number(item, "events", source, position),
            applications);
    }

    private static int Number(JsonElement item, string field, string source, int position) =>
        item.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)
            ? n
            : throw new InputException(source, position, field, $"expected a whole number '{field}' in task type {position}");

    private static string Text(JsonElement item, string field, string source, int position) =>
        item.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new InputException(source, position, field, $"expected a string '{field}' in task type {position}");
}
