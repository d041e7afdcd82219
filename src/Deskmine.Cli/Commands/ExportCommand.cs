using System.CommandLine;
using System.Globalization;
using Deskmine.Storage;
using Deskmine.Storage.Formats;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine export</c>: a workspace's events (with recognition results) as CSV or XES, or its ground truth.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var format = new Option<string>("--format")
        {
            Description = "csv (every schema field, plus segment, task_type and case of the last 'deskmine mine'), xes, or truth (ground truth as CSV)",
            DefaultValueFactory = _ => "csv",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("csv", "xes", "truth");
        var output = new Option<string>("--output", "-o") { Description = "File to write (.xes.gz compresses)", Required = true, HelpName = "FILE" };
        var command = new Command("export", "Export a workspace's events as CSV or XES, or its ground truth")
        {
            workspace, format, output,
        };
        command.SetAction(parse =>
        {
            using var ws = LogInputs.OpenForReading(parse.GetValue(workspace)!);
            var path = parse.GetValue(output)!;
            var count = parse.GetValue(format) switch
            {
                "xes" => XesWriter.Write(ws.Events.ReadEvents(), path),
                "truth" => TruthCsvWriter.Write(ws.Events.ReadTruth(), path),
                _ => WriteCsv(ws.Events, path),
            };
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} rows to {path}"));
            return CliApp.Ok;
        });
        return command;
    }

    private static long WriteCsv(IEventStore store, string path)
    {
        var derived = store.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);
        var options = new CsvExportOptions
        {
            ExtraColumns = ["segment", "task_type", "case"],
            ExtraValues = e => derived.TryGetValue(e.Id, out var d) ? [d.Segment, d.TaskType, d.CaseId] : [null, null, null],
        };
        return CsvWriter.Write(store.ReadEvents(), path, options);
    }
}
