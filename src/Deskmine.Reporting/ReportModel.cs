using Deskmine.Mining.Maps;

namespace Deskmine.Reporting;

/// <summary>
/// Everything the HTML report shows. The caller computes the figures; the report only lays them out, so the
/// same model always produces the same file (the generation time is passed in, never read from a clock).
/// </summary>
public sealed record ReportModel
{
    /// <summary>Report title shown in the header and the browser tab, e.g. <c>Claims team — March</c>.</summary>
    public required string Title { get; init; }

    /// <summary>When the report was generated (shown in UTC); take it from an injected <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The process map of all work in the report.</summary>
    public required ProcessMap Map { get; init; }

    /// <summary>Optional line under the title, e.g. the data source or the period covered.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Per-team figures; teams with fewer people than <see cref="HtmlReportOptions.MinGroupSize"/> are shown without figures.</summary>
    public IReadOnlyList<TeamStatistics> Teams { get; init; } = [];

    /// <summary>Extra summary figures shown in the header after the ones taken from <see cref="Map"/>.</summary>
    public IReadOnlyList<ReportFigure> Figures { get; init; } = [];

    /// <summary>Optional maps of single task types; the map section offers them in a selector next to the main map.</summary>
    public IReadOnlyList<TaskMap> TaskMaps { get; init; } = [];

    /// <summary>The process model of all work (BPMN, drawn by bpmn-js below the map), or <c>null</c> for none.</summary>
    public ReportProcessModel? ProcessModel { get; init; }

    /// <summary>The analysis stage's sections (candidates, team comparison, compliance, guides), or <c>null</c> for a process report only.</summary>
    public Analysis.AnalysisSection? Analysis { get; init; }

    /// <summary>How well recognition did against a ground truth, or <c>null</c>; the only place the report shows a truth.</summary>
    public Accuracy.AccuracySection? Accuracy { get; init; }
}
