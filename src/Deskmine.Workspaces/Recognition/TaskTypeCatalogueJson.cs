using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The stored form of a <see cref="TaskTypeCatalogue"/>: a JSON array of objects with <c>index</c>, <c>key</c>,
/// <c>name</c>, <c>segments</c>, <c>events</c> and <c>applications</c> (the shape every workspace since the first
/// <c>deskmine mine</c> holds), and the profile's <c>people</c>, <c>median_s</c> and <c>steps</c> where a run kept one.
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
                if (e.Profile is { } profile)
                    WriteProfile(writer, profile);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteProfile(Utf8JsonWriter writer, TaskTypeProfile profile)
    {
        writer.WriteNumber("people", profile.People);
        if (profile.MedianSeconds is { } median)
            writer.WriteNumber("median_s", Math.Round(median, 3));
        else
            writer.WriteNull("median_s");
        writer.WriteStartArray("steps");
        foreach (var step in profile.Steps)
            writer.WriteStringValue(step);
        writer.WriteEndArray();
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
            applications,
            Profile(item, source, position));
    }

    // Workspaces mined before profiles were kept have no "people": the entry then has no profile.
    private static TaskTypeProfile? Profile(JsonElement item, string source, int position)
    {
        if (!item.TryGetProperty("people", out _))
            return null;
        var median = item.TryGetProperty("median_s", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : (double?)null;
        var steps = item.TryGetProperty("steps", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        return new TaskTypeProfile(Number(item, "people", source, position), median, steps);
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
