using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Storage.Formats;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine import</c>: streams a log file into a workspace.</summary>
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
            var options = new ImportOptions { Session = parse.GetValue(session), Offsets = parse.GetValue(offsets) };
            var events = LogReaders.Open(path, parse.GetValue(format), options);
            using var ws = LogInputs.OpenForWriting(parse.GetValue(workspace)!);
            var clock = Stopwatch.StartNew();
            long count;
            using (var progress = new ProgressReporter(context.Error, $"importing {Path.GetFileName(path)}"))
                count = ws.Events.Append(events, progress);
            var seconds = clock.Elapsed.TotalSeconds;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {count:N0} events from {path} into {ws.Directory} in {seconds:F1} s ({count / Math.Max(seconds, 1e-6):N0} events/s); the workspace holds {ws.Events.Count():N0} events"));
            return CliApp.Ok;
        });
        return command;
    }
}
