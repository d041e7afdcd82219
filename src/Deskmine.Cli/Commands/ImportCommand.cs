using System.CommandLine;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Workspaces.Imports;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine import</c>: streams a log file into a workspace (<see cref="ImportRun"/>).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Log file: Action Logger CSV, CPN CSV, CSV, XES or XES.gz" };
        var format = LogInputs.FormatOption();
        var offsets = LogInputs.OffsetsOption();
        var workspace = CommonOptions.Workspace();
        var session = new Option<string?>("--session")
        {
            Description = "Name of this import batch, stored as the events' session (default: the file name)",
            HelpName = "NAME",
        };
        var command = new Command("import", "Import a log file into a workspace (streaming; each event keeps its 0-based row as source_row)")
        {
            file, format, offsets, workspace, session,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var request = new ImportRequest { Path = path, Format = parse.GetValue(format), Offsets = parse.GetValue(offsets), Session = parse.GetValue(session) };
            ImportRunResult result;
            using (var progress = new ProgressReporter(context.Error, $"importing {Path.GetFileName(path)}", quietUntilReported: true))
                result = ImportRun.Run(parse.GetValue(workspace)!, request, progress);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {result.Imported:N0} events from {path} into {result.WorkspaceDirectory} in {result.Elapsed.TotalSeconds:F1} s ({result.EventsPerSecond:N0} events/s); the workspace holds {result.WorkspaceTotal:N0} events"));
            return CliApp.Ok;
        });
        return command;
    }
}
