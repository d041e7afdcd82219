namespace Deskmine.Analysis.Compliance;

/// <summary>One case that violates one rule (or does not fit the model), with the events that show it.</summary>
public sealed record Deviation
{
    /// <summary>The id of the violated rule.</summary>
    public required string Rule { get; init; }

    /// <summary>The template of the violated rule (or the model check's method).</summary>
    public required string Template { get; init; }

    /// <summary>The case id.</summary>
    public required string Case { get; init; }

    /// <summary>The case's group (its team, or the value of <see cref="ComplianceOptions.GroupBy"/>), when the log has one.</summary>
    public string? Group { get; init; }

    /// <summary>The events that show the deviation, in case order; empty when the deviation is an absence (nothing happened).</summary>
    public required IReadOnlyList<EvidenceEvent> Events { get; init; }

    /// <summary>Model activities the case skipped (model moves of an alignment, or transitions token replay forced); empty for rules.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>A sentence for an auditor, naming the activities involved.</summary>
    public required string Message { get; init; }

    /// <summary>The time of the case's first event (microseconds since the Unix epoch), when known.</summary>
    public long? CaseStart { get; init; }
}
