using System.CommandLine;
using Deskmine.Analysis.Results;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine analyze</c>: time study, ranked automation candidates with score parts, savings, payback and
/// technology advice, from the task instances the last <c>deskmine mine</c> found.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var assumptions = new Option<string?>("--assumptions")
        {
            Description = "JSON file of assumptions: hourly rate, hours per FTE, working days, technology costs and automatable shares, score weights, advice rules (docs/analysis.md). Default: the documented defaults",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {period, assumptions, candidates, …}" };
        var top = new Option<int>("--top") { Description = "Candidates listed in the text output", DefaultValueFactory = _ => 10, HelpName = "N" };
        var command = new Command("analyze", "Automation candidates: what to automate first, what it saves per year, which technology and why (from 'deskmine mine')")
        {
            workspace, assumptions, json, top,
        };
        command.Aliases.Add("candidates");
        command.Aliases.Add("roi");
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!);
            var result = AnalysisRun.Run(ws, new AnalysisRequest { AssumptionsFile = parse.GetValue(assumptions) });
            if (parse.GetValue(json))
                context.Out.WriteLine(AnalysisJson.Write(result.Analysis));
            else
                AnalysisText.Write(result, Math.Max(1, parse.GetValue(top)), context.Out);
            return CliApp.Ok;
        });
        return command;
    }
}
