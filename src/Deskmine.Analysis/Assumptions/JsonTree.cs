using System.Text;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Assumptions;

/// <summary>
/// A JSON value with the 1-based line it starts on, so that a wrong value can be reported at its line (a
/// <see cref="JsonDocument"/> forgets positions once parsed).
/// </summary>
internal sealed class JsonTree
{
    public JsonTokenType Kind { get; private init; }
    public int Line { get; private init; }
    public string? Text { get; private init; }
    public double Number { get; private init; }
    public List<(string Key, int Line, JsonTree Value)> Properties { get; } = [];
    public List<JsonTree> Items { get; } = [];

    /// <summary>Parses <paramref name="text"/>; comments and trailing commas are allowed.</summary>
    /// <exception cref="InputException">The text is not JSON (with the line of the error).</exception>
    public static JsonTree Parse(string text, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new LineCounter(bytes);
        try
        {
            if (!reader.Read())
                throw new InputException(source, 1, null, "expected a JSON object, got an empty text");
            var root = Read(ref reader, lines);
            if (reader.Read())
                throw new InputException(source, lines.At(reader.TokenStartIndex), null, "expected the end of the text after the JSON object");
            return root;
        }
        catch (JsonException e)
        {
            throw new InputException(source, (e.LineNumber ?? 0) + 1, null, $"malformed JSON: {e.Message}", e);
        }
    }

    private static JsonTree Read(ref Utf8JsonReader reader, LineCounter lines)
    {
        var line = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonTree { Kind = JsonTokenType.StartObject, Line = line };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    var keyLine = lines.At(reader.TokenStartIndex);
                    reader.Read();
                    obj.Properties.Add((key, keyLine, Read(ref reader, lines)));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonTree { Kind = JsonTokenType.StartArray, Line = line };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    array.Items.Add(Read(ref reader, lines));
                return array;
            case JsonTokenType.String:
                return new JsonTree { Kind = JsonTokenType.String, Line = line, Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonTree { Kind = JsonTokenType.Number, Line = line, Number = reader.GetDouble() };
            default:
                return new JsonTree { Kind = reader.TokenType, Line = line };
        }
    }

    /// <summary>The name of this value's kind, for messages.</summary>
    public string KindName => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    // Lines are counted forward only: tokens arrive in order, so each byte is scanned once.
    private sealed class LineCounter(byte[] bytes)
    {
        private long _position;
        private int _line = 1;

        public int At(long index)
        {
            for (; _position < index && _position < bytes.Length; _position++)
            {
                if (bytes[_position] == (byte)'\n')
                    _line++;
            }
            return _line;
        }
    }
}
