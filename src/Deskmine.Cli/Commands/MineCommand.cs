using System.CommandLine;
using System.Globalization;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine mine</c>: activity recognition with the default settings over every person's stream in a
/// workspace (<see cref="RecognitionRun"/>), then a summary of the task types it found.
/// </summary>
internal static class MineCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var rules = new Option<string?>("--rules")
        {
            Description = "JSON file of labelling rules (rename, merge, split task types); kept in the workspace and applied on later runs",
            HelpName = "FILE",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time and memory of each stage to standard error" };
        var command = new Command("mine", "Recognise tasks: cut each person's events into task instances, group them into task types, attach case ids")
        {
            workspace, rules, verbose,
        };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForWriting(parse.GetValue(workspace)!);
            var result = RecognitionRun.Run(ws, new RecognitionRequest { RulesFile = parse.GetValue(rules) });
            if (parse.GetValue(verbose))
                Stages(context.Error, result);
            Summary(context.Out, result);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Stages(TextWriter error, RecognitionRunResult result)
    {
        foreach (var stage in result.Stages)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mine: {stage.Name,-18} {stage.Elapsed.TotalSeconds,7:F2} s  heap {stage.HeapBytes / 1048576.0,8:F0} MB"));
        }
    }

    private static void Summary(TextWriter output, RecognitionRunResult result)
    {
        var types = result.Catalogue.Entries;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.EventCount:N0} events → {result.SegmentCount:N0} segments of {types.Count} task types; noise {result.NoiseEvents:N0} events ({result.NoisePercent:F1} %); {result.Elapsed.TotalSeconds:F1} s"));
        foreach (var t in types.OrderByDescending(t => t.Segments))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Segments,7:N0}  {t.Key}  {t.Name}"));
    }
}
