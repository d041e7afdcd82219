namespace Deskmine.Workspaces.Reports;

/// <summary>The stages of a <see cref="ReportRun"/>, in order.</summary>
public enum ReportStage
{
    /// <summary>Reading the workspace's events as a log of the report's cases and activities.</summary>
    Reading,

    /// <summary>Computing the maps: all work, one per task type, one per team.</summary>
    Mapping,

    /// <summary>Running the analysis stage (candidates, team comparison, compliance).</summary>
    Analysing,

    /// <summary>Writing the HTML file.</summary>
    Writing,
}
