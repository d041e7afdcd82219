using System.CommandLine;
using Deskmine.Workspaces.Reports;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine report</c>: one self-contained HTML file with the process map, variants, activities and teams (<see cref="ReportRun"/>).</summary>
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
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!);
            var path = ReportRun.Write(ws, new ReportRequest
            {
                OutputPath = parse.GetValue(output)!,
                Title = parse.GetValue(title),
                TaskTypeField = parse.GetValue(taskTypes),
                CaseNotion = parse.GetValue(caseNotion)!,
                Classifier = parse.GetValue(classifier)!,
                Filter = filters.LogFilter(parse),
                Attributes = filters.AttributeNames(parse),
            }, context.Time);
            context.Out.WriteLine($"wrote {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
