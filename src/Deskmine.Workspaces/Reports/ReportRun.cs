using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;
using Deskmine.Reporting;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;

using Deskmine.Reporting.Analysis;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Conformance;

namespace Deskmine.Workspaces.Reports;

/// <summary>One self-contained HTML report of a workspace: process map, variants, activities and teams.</summary>
public static class ReportRun
{
    /// <summary>Field of the task type a recognition run found.</summary>
    public const string DerivedTaskType = "derived.task_type";

    /// <summary>Field of the true task type (simulated data).</summary>
    public const string TruthTaskType = "truth.task_type";

    /// <summary>Reads the workspace, builds the report and writes the file; returns its full path.</summary>
    /// <param name="workspace">The workspace to report on.</param>
    /// <param name="request">What to report and where.</param>
    /// <param name="time">The clock that dates the report.</param>
    /// <param name="progress">Told as each stage begins.</param>
    /// <exception cref="InvalidRequestException">The case notion or classifier is not valid.</exception>
    public static string Write(Workspace workspace, ReportRequest request, TimeProvider time, IProgress<ReportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        if (request.ModelNoise is { } noise && (double.IsNaN(noise) || noise is < 0 or > 1))
            throw new InvalidRequestException($"--model-noise expects a threshold from 0 to 1 (0: every case fits), got {noise.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var taskField = request.TaskTypeField switch
        {
            "none" => null,
            // The catalogue a recognition run stores says a run exists without reading every derived record.
            null => TaskTypeCatalogue.IsStored(workspace.Events) ? DerivedTaskType
                : workspace.Events.ReadTruth().Any() ? TruthTaskType : null,
            var field => field,
        };
        // After 'deskmine mine' the report is about what recognition found: its task instances, named steps and types.
        var caseNotion = request.CaseNotion == CaseNotions.Auto && taskField == DerivedTaskType ? CaseNotions.Segment : request.CaseNotion;
        var attributes = request.Attributes.ToList();
        if (taskField is not null && !attributes.Contains(taskField))
            attributes.Add(taskField);
        var query = LogSources.Query(caseNotion, request.Classifier, attributes);
        var steps = StepClassifier.IsIn(query);
        var classifier = steps ? StepClassifier.Name : request.Classifier;
        // Walkthroughs are read before the log, so a mistake in one shows at once.
        var variants = request.Walkthroughs.Count > 0 ? WalkthroughReference.Variants(request.Walkthroughs) : null;
        progress?.Report(new ReportProgress(ReportStage.Reading, 0, 0));
        var log = request.Filter.Apply(LogSources.Read(workspace.Events, query));
        if (request.CollapseRepeats)
            log = new CollapseRepeatsFilter().Apply(log);
        var folding = StepClassifier.Folding(steps, request.FoldBelowPercent, request.MaxActivities);

        progress?.Report(new ReportProgress(ReportStage.Mapping, log.EventCount, 0));
        var model = ReportBuilder.Build(log, new ReportBuilderOptions
        {
            Title = request.Title ?? $"Deskmine — {Path.GetFileName(workspace.Directory)}",
            Subtitle = $"Workspace {workspace.Directory}; cases: {caseNotion}; activities: {classifier}",
            GeneratedAt = time.GetUtcNow(),
            TaskTypeAttribute = taskField,
            MapLogFilter = folding is null ? null : new RareActivityFolding(folding),
            ModelNoise = request.ModelNoise,
        });

        progress?.Report(new ReportProgress(ReportStage.Analysing, log.EventCount, model.TaskMaps.Count + 1));
        model = model with { Analysis = AnalysisOf(workspace, request, $"cases: {caseNotion}; activities: {classifier}", log, variants), Accuracy = request.Accuracy };

        progress?.Report(new ReportProgress(ReportStage.Writing, log.EventCount, model.TaskMaps.Count + 1));
        var full = Path.GetFullPath(request.OutputPath);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        HtmlReport.WriteFile(model, full);
        return full;
    }

    // The analysis a report shows: the caller's, else one run here when the workspace was mined; the compliance check
    // and the comparison with the walkthroughs when asked for.
    private static AnalysisSection? AnalysisOf(Workspace workspace, ReportRequest request, string logView, EventLog log,
        IReadOnlyList<Analysis.Compliance.Reference.ReferenceVariant>? variants)
    {
        var reference = variants is null ? null : WalkthroughReference.Check(workspace, variants, request.WalkthroughTaskType, request.WalkthroughMinPeople);
        if (request.Analysis is not null)
            return reference is null ? request.Analysis : request.Analysis with { Reference = reference };
        var compliance = request.RulesFile is { } rules ? ComplianceRun.Check(log, ComplianceRun.ReadRules(rules), "team") : null;
        var run = request.IncludeAnalysis && TaskTypeCatalogue.IsStored(workspace.Events)
            ? AnalysisRun.Run(workspace, new AnalysisRequest { AssumptionsFile = request.AssumptionsFile })
            : null;
        if (run is null && compliance is null && reference is null)
            return null;
        return new AnalysisSection
        {
            Analysis = run?.Analysis,
            Standardisation = run?.Standardisation,
            Compliance = compliance,
            ComplianceSource = request.RulesFile is null ? null : $"{Path.GetFileName(request.RulesFile)}; {logView}",
            Reference = reference,
        };
    }
}
