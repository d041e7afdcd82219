using Deskmine.Analysis.Results;
using Deskmine.Analysis.Standardisation;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;

namespace Deskmine.Workspaces.Analyses;

/// <summary>Everything one analysis run found.</summary>
public sealed record AnalysisRunResult
{
    /// <summary>The work the analysis read (events, instances, task types).</summary>
    public required WorkLog Work { get; init; }

    /// <summary>Time study and ranked automation candidates, with the period and assumptions.</summary>
    public required AnalysisResult Analysis { get; init; }

    /// <summary>Values moved between applications and fields.</summary>
    public required DataTransferReport Transfers { get; init; }

    /// <summary>How groups (teams) differ in doing the same task types; groups under k are suppressed.</summary>
    public required StandardisationReport Standardisation { get; init; }

    /// <summary>How long the run took.</summary>
    public required TimeSpan Elapsed { get; init; }
}
