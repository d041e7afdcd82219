using System.CommandLine;
using Deskmine.Cli.Terminal;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Storage;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Commands;

/// <summary>Turns a command's input — a log file or a workspace folder — into a columnar event log.</summary>
internal static class LogInputs
{
    public static readonly string[] Formats = ["actionlogger", "cpn", "csv", "xes"];

    public static Option<string?> FormatOption()
    {
        var option = new Option<string?>("--format")
        {
            Description = "Input format: actionlogger, cpn, csv or xes (guessed from the file when omitted)",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong(Formats);
        return option;
    }

    public static Option<TimeOffsets> OffsetsOption() => new("--offsets")
    {
        Description = "UTC offsets in timestamps: auto (XES keeps the clock reading as pm4py does, other formats convert to UTC), apply or ignore",
        DefaultValueFactory = _ => TimeOffsets.Auto,
        HelpName = "auto|apply|ignore",
    };

    public static LogQuery Query(string caseNotion, string classifier, IReadOnlyList<string> attributes)
    {
        if (!CaseNotions.All.Contains(caseNotion, StringComparer.Ordinal))
            throw new UsageException($"--case must be one of {string.Join(", ", CaseNotions.All)}, got '{caseNotion}'");
        var fields = classifier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length == 0)
            throw new UsageException("--classifier needs at least one field");
        return new LogQuery { CaseNotion = caseNotion, Classifier = fields, Attributes = attributes };
    }

    /// <summary>Reads <paramref name="path"/>: a workspace folder is read as it is; a file is imported into a
    /// temporary in-memory store first, so that case notions and classifiers mean the same for both.</summary>
    public static EventLog Load(string path, string? format, TimeOffsets offsets, LogQuery query, CliContext context)
    {
        if (Directory.Exists(path))
        {
            using var workspace = OpenForReading(path);
            return workspace.Events.ReadLog(query);
        }
        if (!File.Exists(path))
            throw new InputException(path, null, null, "no such file or workspace folder");
        using var store = EventStores.InMemory();
        using (var progress = new ProgressReporter(context.Error, $"reading {Path.GetFileName(path)}"))
            store.Append(LogReaders.Open(path, format, new ImportOptions { Offsets = offsets }), progress);
        return store.ReadLog(query);
    }

    public static Workspace OpenForReading(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InputException(directory, null, null, "no such workspace folder; create one with 'deskmine import FILE -w DIR' or 'deskmine simulate -w DIR'");
        try
        {
            return Workspace.OpenReadOnly(directory);
        }
        catch (WorkspaceLockedException e)
        {
            throw new WorkspaceProblemException(e.Message, e);
        }
    }

    public static Workspace OpenForWriting(string directory)
    {
        try
        {
            return Workspace.Open(directory);
        }
        catch (WorkspaceLockedException e)
        {
            throw new WorkspaceProblemException(e.Message, e);
        }
    }
}
