using System.Buffers;
using System.Text.Json;

namespace Deskmine.Storage;

/// <summary>Result rows (item → value) as one JSON object: how a store without a table of rows keeps them.</summary>
internal static class ResultRowsJson
{
    /// <summary>
    /// What <see cref="JsonSerializer"/> gives for the rows as a dictionary, in UTF-8, written into one buffer sized for
    /// it: the serializer's doubling pooled buffers (kept by the pool after the write) cost more than the document.
    /// </summary>
    public static ArrayBufferWriter<byte> Write(IEnumerable<KeyValuePair<string, string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows as IReadOnlyCollection<KeyValuePair<string, string>> ?? [.. rows];
        var estimate = 2;
        foreach (var (item, value) in list)
            estimate += 8 + item.Length + value.Length;
        var buffer = new ArrayBufferWriter<byte>(estimate + estimate / 4);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (item, value) in list)
                writer.WriteString(item, value);
            writer.WriteEndObject();
        }
        return buffer;
    }

    /// <summary>The rows of a JSON object of strings.</summary>
    /// <exception cref="JsonException">The document is not a JSON object of strings.</exception>
    public static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
