namespace Deskmine.Workspaces.Reports;

/// <summary>A <see cref="ReportRun"/> beginning a stage.</summary>
/// <param name="Stage">The stage that begins.</param>
/// <param name="Events">Events in the report's log (0 before it is read).</param>
/// <param name="Maps">Maps the report holds, all work included (0 before they are computed).</param>
public sealed record ReportProgress(ReportStage Stage, long Events, int Maps);
