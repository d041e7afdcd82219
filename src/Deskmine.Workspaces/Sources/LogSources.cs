using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Storage;
using Deskmine.Storage.Logs;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Formats.Ocel;

namespace Deskmine.Workspaces.Sources;

/// <summary>Turns a run's input — a log file or a workspace folder — into a columnar event log.</summary>
public static class LogSources
{
    /// <summary>The file formats a log source can be read as.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["actionlogger", "cpn", "csv", "xes", "activitywatch", "deskmine", "parquet", "ocel"];

    /// <summary>The classifier that means "the imported activity, else app, kind and target name".</summary>
    public const string AutoClassifier = "auto";

    /// <summary>
    /// Builds a log query from a case notion, comma-separated classifier fields and attribute columns. <c>auto</c>
    /// with a case notion of recognition (<c>segment</c>, <c>mined</c>) and <c>step</c> with any notion mean the
    /// <see cref="StepClassifier"/>; <see cref="Read"/> and <see cref="Load"/> resolve it.
    /// </summary>
    /// <exception cref="InvalidRequestException">The case notion is unknown or the classifier names no field.</exception>
    public static LogQuery Query(string caseNotion, string classifier, IReadOnlyList<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(caseNotion);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(attributes);
        if (!CaseNotions.All.Contains(caseNotion, StringComparer.Ordinal))
            throw new InvalidRequestException($"--case must be one of {string.Join(", ", CaseNotions.All)}, got '{caseNotion}'");
        var fields = classifier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length == 0)
            throw new InvalidRequestException("--classifier needs at least one field");
        if (StepClassifier.IsMeant(caseNotion, classifier))
            fields = [StepClassifier.Name];
        else if (fields.Contains(StepClassifier.Name, StringComparer.Ordinal))
            throw new InvalidRequestException($"--classifier {StepClassifier.Name} stands alone; it cannot be combined with other fields, got '{classifier}'");
        return new LogQuery { CaseNotion = caseNotion, Classifier = fields, Attributes = attributes };
    }

    /// <summary>
    /// Reads <paramref name="path"/>: a workspace folder is read as it is; a file is streamed straight into the
    /// columnar log, without a database, with the case notions and classifiers meaning what they mean in a store
    /// (see <see cref="LogFiles"/>).
    /// </summary>
    /// <exception cref="InputException">No such file or folder, or the file is malformed.</exception>
    /// <exception cref="WorkspaceProblemException">The workspace is open for writing elsewhere.</exception>
    public static EventLog Load(string path, LogSourceOptions options, LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(query);
        if (Directory.Exists(path))
        {
            using var workspace = WorkspaceAccess.OpenForReading(path);
            return options.ObjectType is { } type ? workspace.Objects.ReadFlattened(type, query) : Read(workspace.Events, query);
        }
        if (!File.Exists(path))
            throw new InputException(path, null, null, "no such file or workspace folder");
        if (options.ObjectType is { } objectType)
        {
            if (options.Format is { } f && !string.Equals(f, LogFormats.Ocel, StringComparison.OrdinalIgnoreCase) || !OcelFiles.IsOcel(path))
                throw new InvalidRequestException($"--object-type flattens an object-centric log; {path} is not an OCEL 2.0 file (.jsonocel, .xmlocel, .sqlite) or workspace holding one");
            return OcelFlattening.Flatten(OcelReader.Read(path), objectType, query, path);
        }
        if (StepClassifier.IsIn(query))
            throw new InvalidRequestException($"{path} is a log file: the step classifier and the case notions segment and mined need a workspace that 'deskmine mine' ran on");
        return LogFiles.Read(path, options.Format, new ImportOptions { Offsets = options.Offsets }, query, options.Progress);
    }

    /// <summary>Reads <paramref name="query"/>'s log from a workspace's store, resolving the <see cref="StepClassifier"/>.</summary>
    /// <exception cref="InvalidRequestException">The step classifier is asked for and the store holds no recognition run.</exception>
    public static EventLog Read(IEventStore store, LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        return StepClassifier.IsIn(query) ? StepClassifier.Read(store, query) : store.ReadLog(query);
    }
}
