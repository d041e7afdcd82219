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

    /// <summary>Case notion (see <see cref="CaseNotions"/>).</summary>
    public string CaseNotion { get; init; } = CaseNotions.Auto;

    /// <summary>Comma-separated fields naming the activity, or <c>auto</c>.</summary>
    public string Classifier { get; init; } = LogSources.AutoClassifier;

    /// <summary>Filters applied to the log before the map is drawn.</summary>
    public LogFilter Filter { get; init; } = LogFilter.Chain();

    /// <summary>Whether consecutive events with the same activity merge into one after filtering.</summary>
    public bool CollapseRepeats { get; init; }

    /// <summary>
    /// The analysis sections to show. <c>null</c>: when the workspace holds a recognition run and
    /// <see cref="IncludeAnalysis"/> is set, the report runs the analysis itself (with <see cref="AssumptionsFile"/>).
    /// </summary>
    public AnalysisSection? Analysis { get; init; }

    /// <summary>Whether a report of a mined workspace shows the analysis sections. Default true.</summary>
    public bool IncludeAnalysis { get; init; } = true;

    /// <summary>Assumptions for the analysis the report runs itself; <c>null</c> uses the defaults.</summary>
    public string? AssumptionsFile { get; init; }

    /// <summary>Declarative rules to check the report's cases (its case notion and classifier) against; <c>null</c> checks none.</summary>
    public string? RulesFile { get; init; }

    /// <summary>Categorical columns to load (for filters and team statistics).</summary>
    public IReadOnlyList<string> Attributes { get; init; } = ["user", "team"];
}
