namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>One rule: a template applied to one or two activities.</summary>
public sealed record ComplianceRule
{
    /// <summary>The rule's id, unique in its rules file.</summary>
    public required string Id { get; init; }

    /// <summary>The template.</summary>
    public required DeclareTemplate Template { get; init; }

    /// <summary>The first activity.</summary>
    public required string A { get; init; }

    /// <summary>The second activity, for templates that relate two; else <c>null</c>.</summary>
    public string? B { get; init; }

    /// <summary>For <see cref="DeclareTemplate.MaxDuration"/>: the most seconds allowed from a to b.</summary>
    public double? Seconds { get; init; }

    /// <summary>The line of the rules file the rule starts on, when it was read from one.</summary>
    public long? Line { get; init; }

    /// <summary>The template's written name.</summary>
    public string TemplateName => DeclareTemplates.NameOf(Template);
}
