using Deskmine.Analysis.Results;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Documents;

namespace Deskmine.Server.Reading;

/// <summary>
/// What the read API answers from one analysis run: the analysis itself, the task list, the team comparison and the
/// guides, all computed at once so that the run's work log (every event of the workspace) need not be kept.
/// </summary>
/// <remarks>Keeping the run for later answers held the work log for the whole generation: 1.3 KB per event.</remarks>
internal sealed record AnalysisAnswers(AnalysisResult Analysis, IReadOnlyList<TaskList.Item> Tasks, TeamComparison.Answer Teams,
    IReadOnlyList<GuideDocument> Guides)
{
    /// <summary>The answers of <paramref name="run"/>; its guides are written into <paramref name="guidesFolder"/>.</summary>
    public static AnalysisAnswers Of(AnalysisRunResult run, int k, string guidesFolder, TimeProvider time) => new(
        run.Analysis,
        TaskList.From(run.Work),
        TeamComparison.From(run.Standardisation, t => run.Work.TaskTypes[t].Id, k),
        DocumentsRun.Write(run.Work, run.Transfers, guidesFolder, time));
}
