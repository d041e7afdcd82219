using System.CommandLine;
using System.Globalization;
using Deskmine.Workspaces.Evaluation;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine eval</c>: scores the workspace's last <c>deskmine mine</c> run against ground truth
/// (<see cref="EvaluationRun"/>) and prints one metric per line.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var truth = new Option<string>("--truth")
        {
            Description = "Where the true task instance is: truth (the workspace's ground truth table), an attribute such as caseID or attrs.caseID, or auto (truth table when present, else caseID)",
            DefaultValueFactory = _ => "auto",
            HelpName = "SOURCE",
        };
        var truthFile = new Option<string?>("--truth-file")
        {
            Description = "Reference log holding the truth (e.g. StudentRecord_segmented.csv), matched to the events by timestamp and event type; --truth names its attribute (default caseID)",
            HelpName = "FILE",
        };
        var truthType = new Option<string?>("--truth-type")
        {
            Description = "Attribute holding each event's true task type beside --truth's instance attribute (e.g. attrs.taskType); events without an instance are then not scored",
            HelpName = "ATTRIBUTE",
        };
        var format = LogInputs.FormatOption();
        format.Description = "Format of --truth-file (guessed when omitted)";
        var command = new Command("eval", "Score the last 'deskmine mine' run against ground truth: segments, edit distance, boundary, type and instance P/R/F1, ARI")
        {
            workspace, truth, truthType, truthFile, format,
        };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!);
            var result = EvaluationRun.Run(ws, new EvaluationRequest
            {
                Truth = parse.GetValue(truth)!,
                TruthType = parse.GetValue(truthType),
                TruthFile = parse.GetValue(truthFile),
                TruthFileFormat = parse.GetValue(format),
            });
            Write(context.Out, result);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, EvaluationRunResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"truth: {result.TruthDescription}");
        o.WriteLine(string.Create(inv, $"{"metric",-24} {"value",10}"));
        foreach (var (metric, value) in result.Report.ToRows())
            o.WriteLine(string.Create(inv, $"{metric,-24} {(value == Math.Floor(value) && value > 1 ? value.ToString("N0", inv) : value.ToString("F3", inv)),10}"));
        if (result.Unscored is { } u)
        {
            o.WriteLine(string.Create(inv,
                $"not scored: {u.Unlabelled:N0} events without a true task; {u.LeftOutAsNoise:N0} of them left out as noise; type F1 with noise as a class {u.TypeF1WithNoise:F3}"));
        }
    }
}
