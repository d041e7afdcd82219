using System.CommandLine;
using System.Globalization;
using Deskmine.Workspaces.Models;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine model</c>: discovers a process model (inductive miner) from a log file or workspace, writes it as
/// BPMN 2.0 with its diagram and optionally as PNML, and prints its fitness and precision.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("FILE_OR_WORKSPACE")
        {
            Description = "A log file (Action Logger CSV, CPN CSV, CSV, XES, XES.gz) or a workspace folder",
        };
        var noise = new Option<double>("--noise")
        {
            Description = "Noise threshold 0 to 1: 0 is the inductive miner (every case fits), above it IMf leaves out behaviour rarer than the threshold",
            DefaultValueFactory = _ => 0.0,
            HelpName = "X",
        };
        var bpmn = new Option<string>("--bpmn") { Description = "Write the model as BPMN 2.0 with its diagram (opens drawn in bpmn.io, Camunda Modeler)", HelpName = "OUT.bpmn", Required = true };
        var pnml = new Option<string?>("--pnml") { Description = "Also write the Petri net (workflow net) as PNML", HelpName = "OUT.pnml" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (process_tree, tree, petri_net counts, fitness, precision, files)" };
        var format = LogInputs.FormatOption();
        var offsets = LogInputs.OffsetsOption();
        var caseNotion = CommonOptions.CaseNotion();
        var classifier = CommonOptions.Classifier();
        var command = new Command("model", "Discover a process model (inductive miner) as BPMN and PNML, with its fitness and precision on the log")
        {
            input, noise, bpmn, pnml, json, format, offsets, caseNotion, classifier,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            using var progress = LogInputs.ReadingProgress(context, path);
            var result = ModelRun.Run(new ModelRequest
            {
                Input = path,
                Source = new LogSourceOptions { Format = parse.GetValue(format), Offsets = parse.GetValue(offsets), Progress = progress },
                Noise = parse.GetValue(noise),
                BpmnFile = parse.GetValue(bpmn),
                PnmlFile = parse.GetValue(pnml),
                CaseNotion = parse.GetValue(caseNotion)!,
                Classifier = parse.GetValue(classifier)!,
            }, context.Time);
            progress.Dispose();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ModelJson.Write(result));
                return CliApp.Ok;
            }
            var inv = CultureInfo.InvariantCulture;
            context.Out.WriteLine($"{result.Cases} cases, {result.Events} events, {result.Variants} variants; noise {result.Noise.ToString(inv)}");
            context.Out.WriteLine(result.Tree.ToString());
            context.Out.WriteLine($"Petri net: {result.Net.Places.Count} places, {result.Net.Transitions.Count} transitions ({result.Net.VisibleTransitions} visible, {result.Net.SilentTransitions} silent), {result.Net.ArcCount} arcs");
            context.Out.WriteLine($"fitness (token replay): {result.TokenReplay.LogFitness.ToString("0.0000", inv)}, {result.TokenReplay.FittingCases} of {result.TokenReplay.Cases} cases fit");
            if (result.Alignments is { } a)
                context.Out.WriteLine($"fitness (alignments): {a.LogFitness.ToString("0.0000", inv)}, {a.FittingCases} of {a.Cases} cases fit{(a.GaveUp.Count > 0 ? $", {a.GaveUp.Count} given up" : "")}");
            context.Out.WriteLine($"precision (escaping edges): {result.Precision.Precision.ToString("0.0000", inv)}");
            if (result.BpmnFile is { } b)
                context.Out.WriteLine($"wrote {b}");
            if (result.PnmlFile is { } p)
                context.Out.WriteLine($"wrote {p}");
            return CliApp.Ok;
        });
        return command;
    }
}
