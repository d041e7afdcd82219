using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>
/// A set of rules, read from JSON such as
/// <c>{"rules": [{"id": "R1", "template": "response", "a": "register request", "b": "pay compensation"},
/// {"id": "R2", "template": "max_duration", "a": "submit", "b": "approve", "seconds": 86400}]}</c>.
/// </summary>
public sealed class ComplianceRules
{
    /// <summary>Creates a rule set; ids must be unique.</summary>
    public ComplianceRules(IReadOnlyList<ComplianceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rules)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (!ids.Add(r.Id))
                throw new ArgumentException($"Rule id '{r.Id}' appears twice.", nameof(rules));
            if (DeclareTemplates.IsBinary(r.Template) && r.B is null)
                throw new ArgumentException($"Rule '{r.Id}' ({r.TemplateName}) needs b.", nameof(rules));
            if (r.Template == DeclareTemplate.MaxDuration && r.Seconds is not > 0)
                throw new ArgumentException($"Rule '{r.Id}' (max_duration) needs seconds above 0.", nameof(rules));
        }
        Rules = rules;
    }

    /// <summary>The rules in the order written.</summary>
    public IReadOnlyList<ComplianceRule> Rules { get; }

    /// <summary>Reads rules from JSON text; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="InputException">
    /// The text is not JSON, or a rule is malformed: the error names the line, the rule id and the key (unknown
    /// template, missing <c>a</c> or <c>b</c>, bad <c>seconds</c>, repeated id, unknown key).
    /// </exception>
    public static ComplianceRules Parse(string json, string source = "rules")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return new ComplianceRules(RulesParser.Parse(json, source));
    }

    /// <summary>Reads rules from a reader (the whole text).</summary>
    /// <exception cref="InputException">As <see cref="Parse(string, string)"/>.</exception>
    public static ComplianceRules Parse(TextReader reader, string source = "rules")
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), source);
    }
}
