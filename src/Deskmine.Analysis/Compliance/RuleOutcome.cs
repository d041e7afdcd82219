namespace Deskmine.Analysis.Compliance;

/// <summary>How one rule fared over the log.</summary>
/// <param name="Id">The rule's id as written in the rules file (for a model check: the method's id).</param>
/// <param name="Template">The template name, e.g. <c>response</c>, or the model check's method.</param>
/// <param name="Checked">Cases the rule could be evaluated on (every case, unless it needs times or resources a case lacks).</param>
/// <param name="Violated">Cases that violate it; a case counts once however often it breaks the rule.</param>
public sealed record RuleOutcome(string Id, string Template, int Checked, int Violated);
