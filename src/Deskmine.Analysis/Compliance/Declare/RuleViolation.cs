namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>How one case breaks one rule: the event indices (into the log) that show it and a sentence.</summary>
internal sealed record RuleViolation(IReadOnlyList<int> Events, string Message);
