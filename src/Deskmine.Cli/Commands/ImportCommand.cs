using System.CommandLine;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Privacy.Policies;
using Deskmine.Storage.Formats;
using Deskmine.Workspaces.Imports;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine import</c>: streams a log file into a workspace (<see cref="ImportRun"/>).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Log file: Action Logger CSV, CPN CSV, CSV, XES or XES.gz, ActivityWatch JSON, Parquet, OCEL 2.0 (.jsonocel, .xmlocel, .sqlite)" };
        var format = LogInputs.FormatOption();
        var offsets = LogInputs.OffsetsOption();
        var workspace = CommonOptions.Workspace();
        var session = new Option<string?>("--session")
        {
            Description = "Name of this import batch, stored as the events' session (default: the file name)",
            HelpName = "NAME",
        };
        var encoding = new Option<string>("--encoding")
        {
            Description = "Text encoding of a CSV file: utf-8 (default), latin-1, windows-1252 or another standard name; "
                + "add ':replace' (e.g. utf-8:replace) to turn undecodable bytes into U+FFFD instead of failing",
            HelpName = "NAME[:replace]",
            DefaultValueFactory = _ => "utf-8",
        };
        var append = new Option<bool>("--append")
        {
            Description = "Import the file even if the workspace already holds a file with the same content (its events are stored twice)",
        };
        var policy = new Option<string?>("--policy")
        {
            Description = "Capture policy (JSON, see docs/policy.md) whose privacy filter every event passes before anything is stored",
            HelpName = "FILE",
        };
        var csv = new CsvMappingOptions();
        var command = new Command("import", "Import a log file into a workspace (streaming; each event keeps its 0-based row as source_row)")
        {
            file, format, offsets, workspace, session, encoding, append, policy,
        };
        csv.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            InputEncoding textEncoding;
            try
            {
                textEncoding = InputEncoding.Parse(parse.GetValue(encoding)!);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
            }
            var mapping = csv.Mapping(parse);
            var formatName = parse.GetValue(format);
            if (mapping is not null && formatName is not (null or "csv"))
                throw new UsageException($"--columns, --delimiter, --timestamp-format, --timezone and --mapping describe a generic CSV file; they do not apply to --format {formatName}");
            var policyFile = parse.GetValue(policy);
            var request = new ImportRequest
            {
                Path = path, Format = mapping is null ? formatName : "csv", Offsets = parse.GetValue(offsets), Session = parse.GetValue(session),
                Encoding = textEncoding, Append = parse.GetValue(append), Mapping = mapping,
                Policy = policyFile is null ? null : CapturePolicyLoader.Load(policyFile),
            };
            ImportRunResult result;
            using (var progress = new ProgressReporter(context.Error, $"importing {Path.GetFileName(path)}", quietUntilReported: true))
                result = ImportRun.Run(parse.GetValue(workspace)!, request, progress, context.Time);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {result.Imported:N0} events from {path} into {result.WorkspaceDirectory} in {result.Elapsed.TotalSeconds:F1} s ({result.EventsPerSecond:N0} events/s); the workspace holds {result.WorkspaceTotal:N0} events"));
            if (result.Privacy is { } stats)
                context.Out.WriteLine(PrivacyText.Summary(stats));
            return CliApp.Ok;
        });
        return command;
    }
}
