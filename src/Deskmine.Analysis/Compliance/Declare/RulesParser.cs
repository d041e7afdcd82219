using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>
/// Reads the rules JSON with <see cref="Utf8JsonReader"/> rather than a serializer, so that every error can name
/// the line of the offending key (the reader's byte offsets map to lines).
/// </summary>
internal sealed class RulesParser
{
    private const string Shape = "expected {\"rules\": [{\"id\": \"R1\", \"template\": \"response\", \"a\": \"...\", \"b\": \"...\"}]}";
    private readonly byte[] _utf8;
    private readonly string _source;
    private readonly List<int> _lineStarts = [0];

    private RulesParser(string json, string source)
    {
        _utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        _source = source;
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
        }
    }

    public static List<ComplianceRule> Parse(string json, string source)
    {
        var parser = new RulesParser(json, source);
        try
        {
            return parser.ReadDocument();
        }
        catch (JsonException e)
        {
            throw new InputException(source, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine + 1)?.ToString(CultureInfo.InvariantCulture),
                $"not valid JSON ({e.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}); {Shape}", e);
        }
    }

    private List<ComplianceRule> ReadDocument()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw Error(reader, null, Shape);
        List<ComplianceRule>? rules = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keyLine = LineOf(reader);
            reader.Read();
            if (key == "rules")
                rules = ReadRules(ref reader);
            else if (key is "description" or "name" or "version")
                reader.Skip();
            else
                throw new InputException(_source, keyLine, key, $"unknown key '{key}'; {Shape}");
        }
        return rules ?? throw new InputException(_source, 1, "rules", $"no \"rules\" list; {Shape}");
    }

    private List<ComplianceRule> ReadRules(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw Error(reader, "rules", "\"rules\" must be a list of rule objects");
        var rules = new List<ComplianceRule>();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Error(reader, "rules", $"rule {rules.Count + 1} must be an object with id, template, a (and b, seconds)");
            var rule = ReadRule(ref reader, rules.Count + 1);
            if (ids.TryGetValue(rule.Id, out var first))
                throw new InputException(_source, rule.Line, "id", $"rule '{rule.Id}': id already used by the rule on line {first}");
            ids.Add(rule.Id, rule.Line!.Value);
            rules.Add(rule);
        }
        return rules;
    }

    private ComplianceRule ReadRule(ref Utf8JsonReader reader, int ordinal)
    {
        var line = LineOf(reader);
        string? id = null, templateText = null, a = null, b = null;
        double? seconds = null;
        long templateLine = line, secondsLine = line, bLine = line;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keyLine = LineOf(reader);
            reader.Read();
            var who = id is null ? $"rule {ordinal}" : $"rule '{id}'";
            switch (key)
            {
                case "id":
                    id = Text(reader, keyLine, key, $"rule {ordinal}");
                    break;
                case "template":
                    templateText = Text(reader, keyLine, key, who);
                    templateLine = keyLine;
                    break;
                case "a":
                    a = Text(reader, keyLine, key, who);
                    break;
                case "b":
                    b = Text(reader, keyLine, key, who);
                    bLine = keyLine;
                    break;
                case "seconds":
                    seconds = Seconds(reader, keyLine, who);
                    secondsLine = keyLine;
                    break;
                case "description" or "name":
                    reader.Skip();
                    break;
                default:
                    throw new InputException(_source, keyLine, key, $"{who}: unknown key '{key}'; expected id, template, a, b, seconds (or description)");
            }
        }
        if (id is null)
            throw new InputException(_source, line, "id", $"rule {ordinal}: missing \"id\"");
        if (templateText is null)
            throw new InputException(_source, line, "template", $"rule '{id}': missing \"template\" (one of {string.Join(", ", DeclareTemplates.All)})");
        if (!DeclareTemplates.TryParse(templateText, out var template))
            throw new InputException(_source, templateLine, "template", $"rule '{id}': unknown template '{templateText}'; expected one of {string.Join(", ", DeclareTemplates.All)}");
        if (a is null)
            throw new InputException(_source, line, "a", $"rule '{id}': {templateText} needs \"a\" (an activity name)");
        var binary = DeclareTemplates.IsBinary(template);
        if (binary && b is null)
            throw new InputException(_source, line, "b", $"rule '{id}': {templateText} needs \"b\" (a second activity name)");
        if (!binary && b is not null)
            throw new InputException(_source, bLine, "b", $"rule '{id}': {templateText} takes only \"a\"");
        if (template == DeclareTemplate.MaxDuration && seconds is null)
            throw new InputException(_source, line, "seconds", $"rule '{id}': max_duration needs \"seconds\" (a number above 0)");
        if (template != DeclareTemplate.MaxDuration && seconds is not null)
            throw new InputException(_source, secondsLine, "seconds", $"rule '{id}': only max_duration takes \"seconds\"");
        return new ComplianceRule { Id = id, Template = template, A = a, B = b, Seconds = seconds, Line = line };
    }

    private string Text(Utf8JsonReader reader, long line, string key, string who)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new InputException(_source, line, key, $"{who}: \"{key}\" must be a text");
        var text = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(_source, line, key, $"{who}: \"{key}\" is empty");
        return text;
    }

    private double Seconds(Utf8JsonReader reader, long line, string who)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value) || value <= 0)
        {
            var got = reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.TokenType.ToString().ToLowerInvariant();
            throw new InputException(_source, line, "seconds", $"{who}: bad \"seconds\": expected a number above 0, got {got}");
        }
        return value;
    }

    private InputException Error(Utf8JsonReader reader, string? key, string problem) => new(_source, LineOf(reader), key, problem);

    private long LineOf(Utf8JsonReader reader)
    {
        var index = _lineStarts.BinarySearch((int)reader.TokenStartIndex);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
