using Deskmine.Mining.Maps;
using Deskmine.Simulation;
using Deskmine.Workspaces.Recognition;

using Deskmine.Analysis.Compliance;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Documents;
using Deskmine.Workspaces.Evaluation;
using Deskmine.Reporting.Accuracy;

namespace Deskmine.Workspaces.Demo;

/// <summary>What a <see cref="DemoRun"/> simulated, found and wrote.</summary>
public sealed record DemoRunResult
{
    /// <summary>The simulation settings used.</summary>
    public required SimulationOptions Simulation { get; init; }

    /// <summary>Events simulated.</summary>
    public required long EventCount { get; init; }

    /// <summary>What recognition found in the simulated events (stored in the workspace).</summary>
    public required RecognitionRunResult Recognition { get; init; }

    /// <summary>The recognition run scored against the simulator's truth.</summary>
    public required EvaluationRunResult Evaluation { get; init; }

    /// <summary>The report's accuracy panel: found beside true, the scores, the true type behind each found type.</summary>
    public required AccuracySection Accuracy { get; init; }

    /// <summary>
    /// The process map of the mined task instances by step (repeats collapsed, rare steps folded as in the report;
    /// three variants listed).
    /// </summary>
    public required ProcessMap Map { get; init; }

    /// <summary>Candidates, savings, data transfers and the team comparison, from what recognition found.</summary>
    public required AnalysisRunResult Analysis { get; init; }

    /// <summary>The mined task instances checked against the back office's rules.</summary>
    public required ComplianceResult Compliance { get; init; }

    /// <summary>Full path of the rules file the demo wrote and checked against.</summary>
    public required string RulesPath { get; init; }

    /// <summary>The guides written, one per task type.</summary>
    public required IReadOnlyList<GuideDocument> Guides { get; init; }

    /// <summary>Full path of the workspace folder.</summary>
    public required string WorkspacePath { get; init; }

    /// <summary>Full path of the report.</summary>
    public required string ReportPath { get; init; }

    /// <summary>Wall time of the whole demo.</summary>
    public required TimeSpan Elapsed { get; init; }
}
