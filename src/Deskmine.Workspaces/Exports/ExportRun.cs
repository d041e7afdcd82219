using Deskmine.Storage;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Formats.Ocel;
using Deskmine.Storage.Formats.Parquet;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Exports;

/// <summary>
/// A workspace's events (with the recognition run's results: <c>segment</c>, <c>task_type</c> — the type's id —,
/// <c>task_name</c> and <c>case</c>) as CSV, as XES, or its ground truth as CSV.
/// </summary>
public static class ExportRun
{
    /// <summary>
    /// The format named by <paramref name="name"/> (<c>csv</c>, <c>xes</c>, <c>truth</c>, <c>parquet</c>, <c>ocel</c>); when
    /// <c>null</c>, the one <paramref name="path"/>'s extension names (<c>.parquet</c>, <c>.jsonocel</c>, <c>.xmlocel</c>, <c>.sqlite</c>, <c>.xes</c>, <c>.xes.gz</c>),
    /// else CSV.
    /// </summary>
    /// <exception cref="InvalidRequestException">The name is not a format.</exception>
    public static ExportFormat FormatFor(string? name, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (name is null)
        {
            if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
                return ExportFormat.Parquet;
            if (path.EndsWith(".jsonocel", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xmlocel", StringComparison.OrdinalIgnoreCase) || OcelWriters.IsSqlite(path))
                return ExportFormat.Ocel;
            if (path.EndsWith(".xes", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xes.gz", StringComparison.OrdinalIgnoreCase))
                return ExportFormat.Xes;
            return ExportFormat.Csv;
        }
        return name.Trim().ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "xes" => ExportFormat.Xes,
            "truth" => ExportFormat.Truth,
            "parquet" => ExportFormat.Parquet,
            "ocel" => ExportFormat.Ocel,
            _ => throw new InvalidRequestException($"--format must be one of csv, xes, truth, parquet, ocel; got '{name}'"),
        };
    }

    /// <summary>Writes <paramref name="workspace"/> to <paramref name="path"/>; returns the number of rows written.</summary>
    /// <param name="workspace">The workspace to export.</param>
    /// <param name="format">What to write.</param>
    /// <param name="path">The file to write (<c>.gz</c> compresses XES).</param>
    /// <param name="progress">Told the number of events written so far.</param>
    /// <param name="readProgress">Told the number of events read from the workspace before writing starts (XES).</param>
    public static long Run(Workspace workspace, ExportFormat format, string path, IProgress<long>? progress = null, IProgress<long>? readProgress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return format switch
        {
            ExportFormat.Xes => XesWriter.Write(workspace.Events.ReadEvents(), path, new XesExportOptions { Progress = progress, ReadProgress = readProgress }),
            ExportFormat.Truth => TruthCsvWriter.Write(workspace.Events.ReadTruth(), path),
            ExportFormat.Csv => CsvWriter.Write(Counted(workspace.Events.ReadEvents(), progress), path, TableOptions(workspace.Events)),
            ExportFormat.Parquet => ParquetWriter.Write(workspace.Events.ReadEvents(), path, TableOptions(workspace.Events), progress),
            ExportFormat.Ocel => WriteOcel(workspace, path, progress, readProgress),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
    }

    /// <summary>
    /// Writes <paramref name="workspace"/> as text to <paramref name="text"/> (left open), for <c>-o -</c>: CSV, XES and
    /// ground truth stream; Parquet and OCEL (SQLite, or a document with its object index) need a file.
    /// </summary>
    /// <exception cref="InvalidRequestException">The format is Parquet or OCEL.</exception>
    public static long Run(Workspace workspace, ExportFormat format, TextWriter text, Func<TextWriter, Stream> asStream, IProgress<long>? progress = null, IProgress<long>? readProgress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(asStream);
        switch (format)
        {
            case ExportFormat.Csv:
                return CsvWriter.Write(Counted(workspace.Events.ReadEvents(), progress), text, TableOptions(workspace.Events));
            case ExportFormat.Truth:
                return TruthCsvWriter.Write(workspace.Events.ReadTruth(), text);
            case ExportFormat.Xes:
                using (var stream = asStream(text))
                    return XesWriter.Write(workspace.Events.ReadEvents(), stream, new XesExportOptions { Progress = progress, ReadProgress = readProgress });
            default:
                throw new InvalidRequestException($"--output - (standard output) takes csv, xes or truth; {format.ToString().ToLowerInvariant()} needs a file name");
        }
    }

    // task_type is the type's stable id (what rules and 'deskmine tasks' use), task_name its readable name. The derived
    // records carry the name; the segment's stored type index finds the id, and workspaces mined before segment types
    // were kept fall back to the name.
    // An imported OCEL log goes out as it is stored; a mined workspace as its business objects and task instances.
    private static long WriteOcel(Workspace workspace, string path, IProgress<long>? progress, IProgress<long>? readProgress)
    {
        if (workspace.Objects.HasObjects())
            return OcelWriters.Write(workspace.Objects.ReadObjectLog(), path, progress);
        if (!TaskTypeCatalogue.IsStored(workspace.Events))
            throw new InvalidRequestException($"{workspace.Directory} holds no objects to export as OCEL 2.0: import an OCEL log into it, or run 'deskmine mine' so that recognition finds the task instances and business objects");
        return MinedObjects.Write(workspace, path, progress, readProgress);
    }

    private static CsvExportOptions TableOptions(IEventStore store)
    {
        var derived = store.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);
        var catalogue = TaskTypeCatalogue.Read(store);
        var segmentTypes = SegmentTypes.Read(store);
        return new CsvExportOptions
        {
            ExtraColumns = ["segment", "task_type", "task_name", "case"],
            ExtraValues = e => derived.TryGetValue(e.Id, out var d)
                ? [d.Segment, TypeId(d.Segment, d.TaskType, catalogue, segmentTypes), d.TaskType, d.CaseId]
                : [null, null, null, null],
        };
    }

    private static IEnumerable<Core.Events.UiEvent> Counted(IEnumerable<Core.Events.UiEvent> events, IProgress<long>? progress)
    {
        long n = 0;
        foreach (var e in events)
        {
            yield return e;
            if (++n % 100_000 == 0)
                progress?.Report(n);
        }
        progress?.Report(n);
    }

    private static string? TypeId(string? segment, string? name, TaskTypeCatalogue? catalogue, SegmentTypes? segmentTypes)
    {
        if (segment is null || catalogue is null)
            return null;
        if (segmentTypes?.TypeOf(segment) is { } index && catalogue.Entries.FirstOrDefault(e => e.Index == index) is { } entry)
            return entry.Key;
        return name is null ? null : catalogue.FindByName(name)?.Key;
    }
}
