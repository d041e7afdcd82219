using System.CommandLine;
using Deskmine.Cli.Terminal;
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
        var assumptions = new Option<string?>("--assumptions")
        {
            Description = "Assumptions for the automation candidates a mined workspace's report shows (docs/analysis.md)",
            HelpName = "FILE",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "Declarative rules to check the report's cases against (same --case and --classifier); the report then has a compliance section",
            HelpName = "FILE",
        };
        var walkthrough = new Option<string[]>("--walkthrough")
        {
            Description = "A walkthrough folder whose steps are the prescribed procedure for a mined task type (repeat for allowed variants); the report then has a section on how the mined instances depart from it",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        var walkthroughTask = new Option<string?>("--walkthrough-task") { Description = "The mined task type the walkthrough prescribes (id or name); default: the type whose steps match best", HelpName = "NAME" };
        var minGroup = new Option<int>("--min-group")
        {
            Description = "Teams with fewer people get no rates against the walkthrough (k-anonymity)",
            DefaultValueFactory = _ => 5,
            HelpName = "K",
        };
        var noAnalysis = new Option<bool>("--no-analysis")
        {
            Description = "Leave out the automation candidates and the team comparison of a mined workspace (the analysis stage takes most of a large report's time)",
        };
        var modelNoise = new Option<double>("--model-noise")
        {
            Description = "Noise threshold of the inductive miner for the BPMN process model drawn below the map, 0 to 1 (0: every case fits)",
            DefaultValueFactory = _ => 0.2,
            HelpName = "X",
        };
        var noModel = new Option<bool>("--no-model") { Description = "Leave out the process model (BPMN) below the map" };
        var caseNotion = CommonOptions.CaseNotion();
        var classifier = CommonOptions.Classifier();
        var filters = new MapFilterOptions();
        var command = new Command("report", "Write a self-contained HTML report (automation candidates and teams after 'deskmine mine', compliance with --rules, process map as SVG, variants, activities, teams)")
        {
            workspace, output, title, taskTypes, assumptions, rules, walkthrough, walkthroughTask, minGroup, noAnalysis, caseNotion, classifier, modelNoise, noModel,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var walkthroughs = parse.GetValue(walkthrough) ?? [];
            if (walkthroughs.Length == 0 && (parse.GetValue(walkthroughTask) is not null || parse.GetResult(minGroup) is { Implicit: false }))
                throw new UsageException("--walkthrough-task and --min-group need --walkthrough DIR");
            if (parse.GetValue(minGroup) < 1)
                throw new UsageException($"--min-group: expected 1 or more, got {parse.GetValue(minGroup)}");
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!, context.Error);
            using var progress = new ReportProgressLines(context.Error);
            var path = ReportRun.Write(ws, new ReportRequest
            {
                OutputPath = parse.GetValue(output)!,
                Title = parse.GetValue(title),
                TaskTypeField = parse.GetValue(taskTypes),
                CaseNotion = parse.GetValue(caseNotion)!,
                Classifier = parse.GetValue(classifier)!,
                Filter = filters.LogFilter(parse),
                Attributes = filters.AttributeNames(parse),
                AssumptionsFile = parse.GetValue(assumptions),
                RulesFile = parse.GetValue(rules),
                Walkthroughs = walkthroughs,
                WalkthroughTaskType = parse.GetValue(walkthroughTask),
                WalkthroughMinPeople = parse.GetValue(minGroup),
                IncludeAnalysis = !parse.GetValue(noAnalysis),
                FoldBelowPercent = filters.FoldBelow(parse),
                MaxActivities = filters.MaxActivities(parse),
                ModelNoise = parse.GetValue(noModel) ? null : parse.GetValue(modelNoise),
            }, context.Time, progress);
            context.Out.WriteLine($"wrote {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
