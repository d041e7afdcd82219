using System.CommandLine;
using Deskmine.Cli.Terminal;
using Deskmine.Storage.Formats;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>The options that say how a command reads its input file, and the progress line while it does.</summary>
internal static class LogInputs
{
    public static Option<string?> FormatOption()
    {
        var option = new Option<string?>("--format")
        {
            Description = "Input format: actionlogger, cpn, csv, xes, activitywatch, deskmine, parquet or ocel (guessed from the file when omitted)",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong([.. LogSources.Formats]);
        return option;
    }

    public static Option<TimeOffsets> OffsetsOption() => new("--offsets")
    {
        Description = "UTC offsets in timestamps: auto (XES keeps the clock reading as pm4py does, other formats convert to UTC), apply or ignore",
        DefaultValueFactory = _ => TimeOffsets.Auto,
        HelpName = "auto|apply|ignore",
    };

    /// <summary>A progress line for reading <paramref name="path"/>; silent when the input is a workspace folder.</summary>
    public static ProgressReporter ReadingProgress(CliContext context, string path) =>
        new(context.Error, $"reading {Path.GetFileName(path)}", quietUntilReported: true);
}
