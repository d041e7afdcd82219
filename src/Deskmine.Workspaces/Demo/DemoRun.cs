using System.Diagnostics;
using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;
using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Reports;
using Deskmine.Workspaces.Simulations;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Workspaces.Demo;

/// <summary>
/// The demo: simulate a back office into a fresh workspace, recognise its tasks (so later analysis reads what
/// recognition found), write the report and map the simulated process. It composes the other runs, nothing else.
/// </summary>
public static class DemoRun
{
    /// <summary>
    /// The demo maps the simulator's named steps (its ground truth) per task instance, so the first map a person
    /// sees reads like a process; recognition finds steps and tasks without the truth.
    /// </summary>
    public const string Classifier = "truth.step";

    /// <summary>Runs the demo.</summary>
    /// <param name="request">Where to write and what to simulate.</param>
    /// <param name="time">The clock that dates the report.</param>
    /// <param name="progress">Told the stage and the number of events simulated so far: after each simulated chunk,
    /// and once as each later stage begins.</param>
    /// <exception cref="WorkspaceProblemException">The workspace folder exists and is not a workspace, or is in use.</exception>
    public static DemoRunResult Run(DemoRequest request, TimeProvider time, IProgress<DemoProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        var clock = Stopwatch.StartNew();
        var workspaceDir = Path.Combine(request.OutputDirectory, "workspace");
        ResetWorkspace(workspaceDir);
        var options = new SimulationOptions { Seed = request.Seed, Days = request.Days };
        using var ws = WorkspaceAccess.OpenForWriting(workspaceDir);
        var events = SimulationRun.Run(ws, options, new Progress(n => progress?.Report(new DemoProgress(DemoStage.Simulating, n))));
        progress?.Report(new DemoProgress(DemoStage.Recognising, events));
        var recognition = RecognitionRun.Run(ws);
        progress?.Report(new DemoProgress(DemoStage.Reporting, events));
        var report = ReportRun.Write(ws, new ReportRequest
        {
            OutputPath = Path.Combine(request.OutputDirectory, "report.html"),
            Title = "Deskmine demo — simulated back office",
            CaseNotion = CaseNotions.Truth,
            Classifier = Classifier,
            CollapseRepeats = true,
            TaskTypeField = ReportRun.TruthTaskType,
        }, time);
        progress?.Report(new DemoProgress(DemoStage.Mapping, events));
        var log = new CollapseRepeatsFilter().Apply(ws.Events.ReadLog(LogSources.Query(CaseNotions.Truth, Classifier, [])));
        var map = ProcessMaps.Discover(log, new ProcessMapOptions { MaxVariants = 3 });
        return new DemoRunResult
        {
            Simulation = options,
            EventCount = events,
            Recognition = recognition,
            Map = map,
            WorkspacePath = ws.Directory,
            ReportPath = report,
            Elapsed = clock.Elapsed,
        };
    }

    // Synchronous on purpose: System.Progress<T> would post to the thread pool and reorder the reports.
    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>The demo always starts from an empty workspace; it refuses to delete a folder that is not one.</summary>
    private static void ResetWorkspace(string dir)
    {
        if (!Directory.Exists(dir))
            return;
        if (Directory.EnumerateFileSystemEntries(dir).Any() && !File.Exists(Path.Combine(dir, Workspace.InfoFileName)))
            throw new WorkspaceProblemException($"{dir} exists and is not a Deskmine workspace; choose another --output folder.");
        Directory.Delete(dir, recursive: true);
    }
}
