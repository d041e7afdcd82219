using System.CommandLine;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Workspaces.Exports;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine export</c>: a workspace's events (with recognition results) as CSV or XES, or its ground truth (<see cref="ExportRun"/>).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var format = new Option<string>("--format")
        {
            Description = "csv (every schema field, plus segment, task_type (id), task_name and case of the last 'deskmine mine'), parquet (the same columns, typed), "
                + "xes, ocel (OCEL 2.0: JSON, or SQLite for .sqlite; the imported OCEL log, or the business objects and task instances 'deskmine mine' found), "
                + "or truth (ground truth as CSV); default: from the file name (.parquet, .jsonocel, .xmlocel, .sqlite, .xes, .xes.gz), else csv",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("csv", "xes", "truth", "parquet", "ocel");
        var output = new Option<string>("--output", "-o") { Description = "File to write (.xes.gz compresses); - writes csv, xes or truth to standard output", Required = true, HelpName = "FILE" };
        var command = new Command("export", "Export a workspace's events as CSV or XES, or its ground truth")
        {
            workspace, format, output,
        };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!, context.Error);
            var path = parse.GetValue(output)!;
            var exportFormat = ExportRun.FormatFor(parse.GetValue(format), path);
            long count;
            var total = ws.Events.Count();
            if (path == "-")
            {
                // The data is the output; what was written goes to the error stream, beside the progress.
                using (var writing = new ProgressReporter(context.Error, "writing to standard output", total, quietUntilReported: true))
                using (var reading = new ProgressReporter(context.Error, "reading the workspace", total, quietUntilReported: true))
                    count = ExportRun.Run(ws, exportFormat, context.Out, text => new TextWriterStream(text), writing, reading);
                context.Out.Flush();
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} rows to standard output"));
                return CliApp.Ok;
            }
            using (var writing = new ProgressReporter(context.Error, $"writing {Path.GetFileName(path)}", total, quietUntilReported: true))
            using (var reading = new ProgressReporter(context.Error, "reading the workspace", total, quietUntilReported: true))
                count = ExportRun.Run(ws, exportFormat, path, writing, reading);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} {(exportFormat == ExportFormat.Ocel ? "events" : "rows")} to {Path.GetFullPath(path)}"));
            return CliApp.Ok;
        });
        return command;
    }
}
