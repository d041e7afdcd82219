using System.Text;
using System.Text.Json;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The contract form of a task-type list (<c>deskmine tasks --json</c>, and the server's answer):
/// <c>[{"id","name","instances","events","people","median_s","steps":[…]}]</c>, in the order given.
/// </summary>
public static class TaskTypeSummaryJson
{
    /// <summary>The list as indented JSON.</summary>
    public static string Serialize(IReadOnlyList<TaskTypeSummary> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var t in types)
            {
                writer.WriteStartObject();
                writer.WriteString("id", t.Id);
                writer.WriteString("name", t.Name);
                writer.WriteNumber("instances", t.Instances);
                writer.WriteNumber("events", t.Events);
                writer.WriteNumber("people", t.People);
                if (t.MedianSeconds is { } median)
                    writer.WriteNumber("median_s", Math.Round(median, 3));
                else
                    writer.WriteNull("median_s");
                writer.WriteStartArray("steps");
                foreach (var step in t.Steps)
                    writer.WriteStringValue(step);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
