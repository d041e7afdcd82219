using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deskmine.Core.Errors;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Labelling rules as JSON, the form a workspace keeps them in:
/// <c>[{"kind":"rename","types":["t1a2b3c4d5e"],"name":"Invoice entry"},
/// {"kind":"merge","types":["A","B"],"name":"Tickets"},
/// {"kind":"split","types":["Tickets"],"name":"Escalations","whenActionContains":"Escalate"},
/// {"kind":"split","types":["t9f8e7d6c5b"],"by":"application"}]</c> (<c>by</c>: <c>application</c> or <c>firstStep</c>).
/// </summary>
public static class TaskTypeRuleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads rules; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="InputException">The text is not a JSON array of rules, or a rule lacks types or a name.</exception>
    public static IReadOnlyList<TaskTypeRule> Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        List<TaskTypeRule>? rules;
        try
        {
            rules = JsonSerializer.Deserialize<List<TaskTypeRule>>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InputException(source, e.LineNumber + 1, (e.BytePositionInLine + 1)?.ToString(CultureInfo.InvariantCulture),
                "expected a JSON array of rules such as [{\"kind\":\"rename\",\"types\":[\"KEY\"],\"name\":\"NEW NAME\"}] (kind: rename, merge or split; by: application or firstStep)", e);
        }
        if (rules is null)
            throw new InputException(source, 1, null, "expected a JSON array of rules, got null");
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            if (r is null || r.Types is null || r.Types.Count == 0)
                throw new InputException(source, null, $"rule {i + 1}", "each rule needs \"types\" (one or more type keys or names)");
            var splitBy = r.Kind == TaskTypeRuleKind.Split && r.By is not null;
            if (string.IsNullOrWhiteSpace(r.Name) && !splitBy)
                throw new InputException(source, null, $"rule {i + 1}", "each rule needs a \"name\" (a split by \"by\" names its parts itself)");
            if (r.Kind == TaskTypeRuleKind.Split && string.IsNullOrEmpty(r.WhenActionContains) && r.By is null)
                throw new InputException(source, null, $"rule {i + 1}",
                    "a split rule needs \"whenActionContains\" (text of an action label) or \"by\" (application or firstStep)");
            if (r.Kind == TaskTypeRuleKind.Split && !string.IsNullOrEmpty(r.WhenActionContains) && r.By is not null)
                throw new InputException(source, null, $"rule {i + 1}", "a split rule takes either \"whenActionContains\" or \"by\", not both");
            // A split by attribute may leave the name out; it is kept as empty text, never null.
            rules[i] = r with { Name = r.Name ?? "" };
        }
        return rules;
    }

    /// <summary>Writes rules as JSON that <see cref="Parse"/> reads back.</summary>
    public static string Serialize(IReadOnlyList<TaskTypeRule> rules) => JsonSerializer.Serialize(rules, Options);
}
