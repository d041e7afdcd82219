using System.CommandLine;
using Deskmine.Core.Logs;
using Deskmine.Reporting;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine report</c>: one self-contained HTML file with the process map, variants, activities and teams.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var output = new Option<string>("--output", "-o")
        {
            Description = "HTML file to write",
            DefaultValueFactory = _ => "report.html",
            HelpName = "FILE",
        };
        var title = new Option<string?>("--title") { Description = "Report title (default: the workspace's name)", HelpName = "TEXT" };
        var taskTypes = new Option<string?>("--task-types")
        {
            Description = "Field holding each event's task type, for one map per type: derived.task_type (after deskmine mine), truth.task_type (simulated data) or none. Default: whichever is present",
            HelpName = "FIELD",
        };
        var caseNotion = CommonOptions.CaseNotion();
        var classifier = CommonOptions.Classifier();
        var filters = new MapFilterOptions();
        var command = new Command("report", "Write a self-contained HTML report (process map as SVG with frequency/performance views and sliders, variants, activities, teams)")
        {
            workspace, output, title, taskTypes, caseNotion, classifier,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(workspace)!;
            var path = Write(context, dir, parse.GetValue(output)!, new ReportRequest
            {
                Title = parse.GetValue(title),
                TaskTypeField = parse.GetValue(taskTypes),
                CaseNotion = parse.GetValue(caseNotion)!,
                Classifier = parse.GetValue(classifier)!,
                Filter = filters.LogFilter(parse),
                Attributes = filters.AttributeNames(parse),
            });
            context.Out.WriteLine($"wrote {path}");
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>What to put in a report.</summary>
    internal sealed record ReportRequest
    {
        public string? Title { get; init; }
        public string? TaskTypeField { get; init; }
        public string CaseNotion { get; init; } = CaseNotions.Auto;
        public string Classifier { get; init; } = "auto";
        public Mining.Filters.LogFilter Filter { get; init; } = Mining.Filters.LogFilter.Chain();
        public bool CollapseRepeats { get; init; }
        public IReadOnlyList<string> Attributes { get; init; } = ["user", "team"];
    }

    /// <summary>Reads the workspace, builds the model and writes the file; returns its full path.</summary>
    public static string Write(CliContext context, string workspaceDir, string outputPath, ReportRequest request)
    {
        using var ws = LogInputs.OpenForReading(workspaceDir);
        var taskField = request.TaskTypeField switch
        {
            "none" => null,
            // The catalogue 'deskmine mine' stores says a run exists without reading every derived record.
            null => ws.Events.GetResult(MineCommand.TaskTypesKey) is not null ? "derived.task_type"
                : ws.Events.ReadTruth().Any() ? "truth.task_type" : null,
            var field => field,
        };
        var attributes = request.Attributes.ToList();
        if (taskField is not null && !attributes.Contains(taskField))
            attributes.Add(taskField);
        var query = LogInputs.Query(request.CaseNotion, request.Classifier, attributes);
        var log = request.Filter.Apply(ws.Events.ReadLog(query));
        if (request.CollapseRepeats)
            log = new Mining.Filters.CollapseRepeatsFilter().Apply(log);
        var model = ReportBuilder.Build(log, new ReportBuilderOptions
        {
            Title = request.Title ?? $"Deskmine — {Path.GetFileName(ws.Directory)}",
            Subtitle = $"Workspace {ws.Directory}; cases: {request.CaseNotion}; activities: {request.Classifier}",
            GeneratedAt = context.Time.GetUtcNow(),
            TaskTypeAttribute = taskField,
        });
        var full = Path.GetFullPath(outputPath);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        HtmlReport.WriteFile(model, full);
        return full;
    }
}
