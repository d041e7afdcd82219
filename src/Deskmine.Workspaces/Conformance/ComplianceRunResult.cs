using Deskmine.Analysis.Compliance;

namespace Deskmine.Workspaces.Conformance;

/// <summary>The outcome of a compliance run.</summary>
/// <param name="Result">Rules checked, deviations with evidence, rates per group, warnings, fitness for a model.</param>
/// <param name="AuditHtml">Full path of the audit page written, or <c>null</c>.</param>
/// <param name="AuditCsv">Full path of the deviations CSV written, or <c>null</c>.</param>
public sealed record ComplianceRunResult(ComplianceResult Result, string? AuditHtml, string? AuditCsv);
