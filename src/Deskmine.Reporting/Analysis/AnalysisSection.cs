using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Results;
using Deskmine.Analysis.Standardisation;

namespace Deskmine.Reporting.Analysis;

/// <summary>
/// What the report shows of the analysis stage: ranked automation candidates with score parts, savings and advice,
/// the comparison of teams, compliance deviations when a procedure was checked, and links to the guides.
/// </summary>
public sealed record AnalysisSection
{
    /// <summary>Time study and candidates, with the period and the assumptions they rest on; <c>null</c> when the log
    /// was not mined (a process-mining log checked for compliance only).</summary>
    public AnalysisResult? Analysis { get; init; }

    /// <summary>Teams compared on the same task types (groups under k already left out).</summary>
    public StandardisationReport? Standardisation { get; init; }

    /// <summary>The compliance check, when rules or a model were given.</summary>
    public ComplianceResult? Compliance { get; init; }

    /// <summary>What the compliance check was run against (file name, case notion), shown above its table.</summary>
    public string? ComplianceSource { get; init; }

    /// <summary>Link to the full audit report, relative to the report, or <c>null</c>.</summary>
    public string? ComplianceAuditHref { get; init; }

    /// <summary>The mined instances compared with recorded walkthroughs (the reference procedure), or <c>null</c>.</summary>
    public Deskmine.Analysis.Compliance.Reference.ReferenceReport? Reference { get; init; }

    /// <summary>Guides written beside the report.</summary>
    public IReadOnlyList<GuideLink> Guides { get; init; } = [];

    /// <summary>Candidates listed with their details. Default 10.</summary>
    public int MaxCandidates { get; init; } = 10;
}
