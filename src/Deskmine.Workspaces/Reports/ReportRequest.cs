using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;
using Deskmine.Workspaces.Sources;

using Deskmine.Reporting.Analysis;

namespace Deskmine.Workspaces.Reports;

/// <summary>What to put in a report and where to write it.</summary>
public sealed record ReportRequest
{
    /// <summary>The HTML file to write; its folder is created when missing.</summary>
    public required string OutputPath { get; init; }

    /// <summary>Report title; <c>null</c> names it after the workspace folder.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Field holding each event's task type, for one map per type: <c>derived.task_type</c> (after a recognition
    /// run), <c>truth.task_type</c> (simulated data) or <c>none</c>; <c>null</c> takes whichever is present.
    /// </summary>
    public string? TaskTypeField { get; init; }

    /// <summary>
    /// Case notion (see <see cref="CaseNotions"/>). <c>auto</c> on a workspace with a recognition run whose task types
    /// the report maps means <c>segment</c>: each map shows the task instances recognition found.
    /// </summary>
    public string CaseNotion { get; init; } = CaseNotions.Auto;

    /// <summary>Comma-separated fields naming the activity, <c>step</c>, or <c>auto</c> (see <see cref="LogSources.Query"/>).</summary>
    public string Classifier { get; init; } = LogSources.AutoClassifier;

    /// <summary>
    /// Activities with less than this share (0–100) of a map's events fold into one "Other" activity, by each map's
    /// own counts (a step common in one task type is rare in all work). <c>null</c>: 0.5 with the step classifier
    /// (<see cref="StepClassifier.DefaultFolding"/>), else 0.
    /// </summary>
    public double? FoldBelowPercent { get; init; }

    /// <summary>Most activities per map, "Other" included; 0 = no limit. <c>null</c>: 30 with the step classifier, else no limit.</summary>
    public int? MaxActivities { get; init; }

    /// <summary>Filters applied to the log before the map is drawn.</summary>
    public LogFilter Filter { get; init; } = LogFilter.Chain();

    /// <summary>Whether consecutive events with the same activity merge into one after filtering.</summary>
    public bool CollapseRepeats { get; init; }

    /// <summary>
    /// The analysis sections to show. <c>null</c>: when the workspace holds a recognition run and
    /// <see cref="IncludeAnalysis"/> is set, the report runs the analysis itself (with <see cref="AssumptionsFile"/>).
    /// </summary>
    public AnalysisSection? Analysis { get; init; }

    /// <summary>
    /// Whether a report of a mined workspace shows the automation candidates and the team comparison (a compliance
    /// check asked for with <see cref="RulesFile"/> is shown either way). Default true.
    /// </summary>
    public bool IncludeAnalysis { get; init; } = true;

    /// <summary>Assumptions for the analysis the report runs itself; <c>null</c> uses the defaults.</summary>
    public string? AssumptionsFile { get; init; }

    /// <summary>Declarative rules to check the report's cases (its case notion and classifier) against; <c>null</c> checks none.</summary>
    public string? RulesFile { get; init; }

    /// <summary>Walkthrough folders that are the prescribed procedure for a mined task type (one per allowed
    /// variant); the report then summarises how the mined instances depart from them. Empty: none.</summary>
    public IReadOnlyList<string> Walkthroughs { get; init; } = [];

    /// <summary>The mined task type the walkthroughs prescribe (id or name); <c>null</c>: the type whose steps match best.</summary>
    public string? WalkthroughTaskType { get; init; }

    /// <summary>Teams with fewer people get no rates against the walkthroughs (k-anonymity). Default 5.</summary>
    public int WalkthroughMinPeople { get; init; } = 5;

    /// <summary>The accuracy panel (recognition against a ground truth), or <c>null</c> for none.</summary>
    public Reporting.Accuracy.AccuracySection? Accuracy { get; init; }

    /// <summary>
    /// Noise threshold of the inductive miner for the process model drawn below the map, 0 to 1 (0: every case fits).
    /// Default 0.2; <c>null</c> draws no model.
    /// </summary>
    public double? ModelNoise { get; init; } = 0.2;

    /// <summary>Categorical columns to load (for filters and team statistics).</summary>
    public IReadOnlyList<string> Attributes { get; init; } = ["user", "team"];
}
