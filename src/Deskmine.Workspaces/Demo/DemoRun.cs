using System.Diagnostics;
using System.Text;
using Deskmine.Reporting.Analysis;
using Deskmine.Reporting.Compliance;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Conformance;
using Deskmine.Workspaces.Documents;
using Deskmine.Workspaces.Evaluation;
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
/// The demo: simulate a back office into a fresh workspace, recognise its tasks, and report what recognition found —
/// the path a person recording their own desktop takes, where there is no truth. The simulator's truth is used in
/// one place only: the report's accuracy panel, which scores recognition against it. It composes the other runs,
/// nothing else.
/// </summary>
public static class DemoRun
{
    /// <summary>The command that prints the accuracy panel's scores for the demo's workspace.</summary>
    public const string EvalCommand = "deskmine eval -w workspace";

    /// <summary>Name of the rules file the demo writes beside its report.</summary>
    public const string RulesFileName = "rules.json";

    /// <summary>The classifier the demo's rules name activities in: recorded application, kind, element and key.</summary>
    public const string RulesClassifier = "app,kind,target_name,attrs.key";

    /// <summary>The prescribed procedure of the simulated back office as a rules file (docs/simulator.md).</summary>
    public static string BackOfficeRules()
    {
        using var stream = typeof(DemoRun).Assembly.GetManifestResourceStream("Deskmine.Workspaces.backoffice-rules.json")
            ?? throw new InvalidOperationException("the demo's rules resource is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

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
        var options = new SimulationOptions { Seed = request.Seed, Days = request.Days, ViolationRate = request.ViolationRate };
        using var ws = WorkspaceAccess.OpenForWriting(workspaceDir);
        var events = SimulationRun.Run(ws, options, new Progress(n => progress?.Report(new DemoProgress(DemoStage.Simulating, n))));
        progress?.Report(new DemoProgress(DemoStage.Recognising, events));
        var recognition = RecognitionRun.Run(ws);

        progress?.Report(new DemoProgress(DemoStage.Analysing, events));
        var analysis = AnalysisRun.Run(ws, new AnalysisRequest());

        progress?.Report(new DemoProgress(DemoStage.Checking, events));
        var rulesPath = Path.GetFullPath(Path.Combine(request.OutputDirectory, RulesFileName));
        File.WriteAllText(rulesPath, BackOfficeRules(), new UTF8Encoding(false));
        var minedLog = ws.Events.ReadLog(LogSources.Query(CaseNotions.Segment, RulesClassifier, ["user", "team"]));
        var compliance = ComplianceRun.Check(minedLog, ComplianceRun.ReadRules(rulesPath), "team");
        var auditDir = Path.Combine(request.OutputDirectory, "compliance");
        Directory.CreateDirectory(auditDir);
        File.WriteAllText(Path.Combine(auditDir, "compliance.html"), AuditReport.Render(compliance, new AuditReportOptions
        {
            Title = "Compliance audit — simulated back office",
            Subtitle = $"Mined task instances (case notion: segment; activities: {RulesClassifier}) against {RulesFileName}",
            GeneratedAt = time.GetUtcNow(),
        }), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(auditDir, "compliance.csv"), AuditCsv.Render(compliance), new UTF8Encoding(false));

        progress?.Report(new DemoProgress(DemoStage.Documenting, events));
        var guidesDir = Path.Combine(request.OutputDirectory, "guides");
        var guides = DocumentsRun.Write(analysis.Work, analysis.Transfers, guidesDir, time);

        progress?.Report(new DemoProgress(DemoStage.Evaluating, events));
        var evaluation = EvaluationRun.Run(ws);
        var accuracy = AccuracyPanel.Of(ws, evaluation, EvalCommand);

        progress?.Report(new DemoProgress(DemoStage.Reporting, events));
        // The mined view: task instances recognition found, named steps (rare ones folded), one map per found type.
        var report = ReportRun.Write(ws, new ReportRequest
        {
            OutputPath = Path.Combine(request.OutputDirectory, "report.html"),
            Title = "Deskmine demo — simulated back office",
            CaseNotion = CaseNotions.Segment,
            Classifier = StepClassifier.Name,
            CollapseRepeats = true,
            TaskTypeField = ReportRun.DerivedTaskType,
            Accuracy = accuracy,
            Analysis = new AnalysisSection
            {
                Analysis = analysis.Analysis,
                Standardisation = analysis.Standardisation,
                Compliance = compliance,
                ComplianceSource = $"{RulesFileName}; cases: the task instances recognition found; activities: {RulesClassifier}",
                ComplianceAuditHref = "compliance/compliance.html",
                Guides = [.. guides.Select(g => new GuideLink(g.Name, g.Instances,
                    "guides/" + Path.GetFileName(g.HtmlPath), "guides/" + Path.GetFileName(g.MarkdownPath)))],
            },
        }, time);
        progress?.Report(new DemoProgress(DemoStage.Mapping, events));
        var log = LogSources.Read(ws.Events, LogSources.Query(CaseNotions.Segment, StepClassifier.Name, []));
        log = new CollapseRepeatsFilter().Then(new RareActivityFolding(StepClassifier.DefaultFolding)).Apply(log);
        var map = ProcessMaps.Discover(log, new ProcessMapOptions { MaxVariants = 3 });
        return new DemoRunResult
        {
            Simulation = options,
            EventCount = events,
            Recognition = recognition,
            Evaluation = evaluation,
            Accuracy = accuracy,
            Analysis = analysis,
            Compliance = compliance,
            RulesPath = rulesPath,
            Guides = guides,
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
