using System.CommandLine;
using System.Globalization;
using Deskmine.Analysis.Compliance;
using Deskmine.Workspaces;
using Deskmine.Workspaces.Conformance;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine compliance</c>: checks the cases of a log file or workspace against a prescribed procedure —
/// declarative rules or a BPMN 2.0 model — and lists the deviations with evidence.
/// </summary>
internal static class ComplianceCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string?>("FILE_OR_WORKSPACE")
        {
            Description = "A log file (Action Logger CSV, CPN CSV, CSV, XES, XES.gz) or a workspace folder (or give the workspace with -w)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var workspace = new Option<string?>("--workspace", "-w") { Description = "Workspace folder (instead of FILE_OR_WORKSPACE)", HelpName = "DIR" };
        var walkthrough = new Option<string[]>("--walkthrough")
        {
            Description = "A walkthrough folder whose steps are the prescribed procedure for a mined task type (repeat for allowed variants); needs a mined workspace",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        var task = new Option<string?>("--task") { Description = "The mined task type the walkthrough prescribes (id or name); default: the type whose steps match best", HelpName = "NAME" };
        var minGroup = new Option<int>("--min-group")
        {
            Description = "Teams with fewer people get no rates against the walkthrough (k-anonymity)",
            DefaultValueFactory = _ => 5,
            HelpName = "K",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "Declarative rules, JSON: {\"rules\": [{\"id\": \"R1\", \"template\": \"response\", \"a\": \"…\", \"b\": \"…\"}, …]} (templates in docs/compliance.md)",
            HelpName = "FILE",
        };
        var model = new Option<string?>("--model") { Description = "A BPMN 2.0 model of the procedure, or a Petri net as .pnml (checked by alignments and token replay)", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {rules: [{id, template, checked, violated}], deviations: [{rule, case, events, message}], …}" };
        var audit = new Option<string?>("--audit") { Description = "Also write the audit report (compliance.html and compliance.csv) into this folder", HelpName = "DIR" };
        var groupBy = new Option<string>("--group-by") { Description = "Attribute whose groups get violation rates", DefaultValueFactory = _ => "team", HelpName = "FIELD" };
        var format = LogInputs.FormatOption();
        var offsets = LogInputs.OffsetsOption();
        var caseNotion = CommonOptions.CaseNotion();
        var classifier = CommonOptions.Classifier();
        var command = new Command("compliance", "Check cases against a prescribed procedure (declarative rules or BPMN) and list the deviations with evidence")
        {
            input, workspace, rules, model, walkthrough, task, minGroup, json, audit, groupBy, format, offsets, caseNotion, classifier,
        };
        command.SetAction(parse =>
        {
            var positional = parse.GetValue(input);
            var named = parse.GetValue(workspace);
            if (positional is not null && named is not null)
                throw new InvalidRequestException("give the log or workspace once: as FILE_OR_WORKSPACE or as -w DIR");
            var path = positional ?? named ?? CommonOptions.DefaultWorkspace;
            using var progress = LogInputs.ReadingProgress(context, path);
            var run = ComplianceRun.Run(new ComplianceRequest
            {
                Input = path,
                Source = new LogSourceOptions { Format = parse.GetValue(format), Offsets = parse.GetValue(offsets), Progress = progress },
                RulesFile = parse.GetValue(rules),
                ModelFile = parse.GetValue(model),
                Walkthroughs = parse.GetValue(walkthrough) ?? [],
                TaskType = parse.GetValue(task),
                MinPeople = parse.GetValue(minGroup),
                CaseNotion = parse.GetValue(caseNotion)!,
                Classifier = parse.GetValue(classifier)!,
                GroupBy = parse.GetValue(groupBy)!,
                AuditDirectory = parse.GetValue(audit),
            }, context.Time);
            progress.Dispose();
            if (parse.GetValue(json))
                context.Out.WriteLine(ComplianceJson.Write(run.Result));
            else
                WriteText(run, context.Out);
            return CliApp.Ok;
        });
        return command;
    }

    private static void WriteText(ComplianceRunResult run, TextWriter o)
    {
        var r = run.Result;
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"{r.Cases:N0} cases checked; {r.Deviations.Count:N0} deviations."));
        foreach (var rule in r.Rules)
            o.WriteLine(string.Create(inv, $"  {rule.Id,-8} {rule.Template,-16} checked {rule.Checked,7:N0}  violated {rule.Violated,7:N0}"));
        foreach (var f in r.Fitness)
            o.WriteLine(string.Create(inv, $"  {f.Method}: log fitness {f.LogFitness:0.0000}, average {f.AverageFitness:0.0000}, {f.FittingCases:N0} of {f.Cases:N0} cases fit"));
        if (r.Reference is { } reference)
            WalkthroughText.Write(reference, o);
        foreach (var w in r.Warnings)
            o.WriteLine($"  warning: {w.Message}");
        foreach (var d in r.Deviations.Take(10))
            o.WriteLine($"  {d.Rule} case {d.Case}: {d.Message}");
        if (r.Deviations.Count > 10)
            o.WriteLine(string.Create(inv, $"  … {r.Deviations.Count - 10:N0} more (--json, or --audit DIR for the report)."));
        if (run.AuditHtml is not null)
            o.WriteLine($"wrote {run.AuditHtml} and {run.AuditCsv}");
    }
}
