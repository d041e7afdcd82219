using System.Text;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Privacy.Policies;

/// <summary>
/// A parsed JSON value that remembers its line, so policy errors can name the line of the offending property
/// (System.Text.Json's DOM keeps no positions).
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonTokenType kind, long line, string path)
    {
        Kind = kind;
        Line = line;
        Path = path;
    }

    public JsonTokenType Kind { get; }

    public long Line { get; }

    /// <summary>Property path such as <c>recordingHours[0].from</c>; empty for the root.</summary>
    public string Path { get; }

    public string? Text { get; private set; }

    public List<(string Name, JsonNode Value)> Properties { get; } = [];

    public List<JsonNode> Items { get; } = [];

    public string KindName => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        _ => "null",
    };

    public static JsonNode Parse(string json, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
                lineStarts.Add(i + 1);
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
                throw new InputException(source, 1, null, "the policy file is empty; expected a JSON object such as {}");
            return ReadValue(ref reader, lineStarts, "");
        }
        catch (JsonException ex)
        {
            throw new InputException(source, (ex.LineNumber ?? 0) + 1, null, $"invalid JSON: {ex.Message}", ex);
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, List<int> lineStarts, string path)
    {
        var node = new JsonNode(reader.TokenType, LineOf(lineStarts, reader.TokenStartIndex), path);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? "";
                    reader.Read();
                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    node.Properties.Add((name, ReadValue(ref reader, lineStarts, childPath)));
                }
                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    node.Items.Add(ReadValue(ref reader, lineStarts, $"{path}[{node.Items.Count}]"));
                break;
            case JsonTokenType.String:
                node.Text = reader.GetString();
                break;
            case JsonTokenType.Number:
                node.Text = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            default:
                break;
        }
        return node;
    }

    private static long LineOf(List<int> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
