using Deskmine.Storage;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Exports;

/// <summary>
/// A workspace's events (with the recognition run's results: <c>segment</c>, <c>task_type</c> — the type's id —,
/// <c>task_name</c> and <c>case</c>) as CSV, as XES, or its ground truth as CSV.
/// </summary>
public static class ExportRun
{
    /// <summary>Writes <paramref name="workspace"/> to <paramref name="path"/>; returns the number of rows written.</summary>
    /// <param name="workspace">The workspace to export.</param>
    /// <param name="format">What to write.</param>
    /// <param name="path">The file to write (<c>.gz</c> compresses XES).</param>
    /// <param name="progress">Told the number of events written so far (XES).</param>
    /// <param name="readProgress">Told the number of events read from the workspace before writing starts (XES).</param>
    public static long Run(Workspace workspace, ExportFormat format, string path, IProgress<long>? progress = null, IProgress<long>? readProgress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return format switch
        {
            ExportFormat.Xes => XesWriter.Write(workspace.Events.ReadEvents(), path, new XesExportOptions { Progress = progress, ReadProgress = readProgress }),
            ExportFormat.Truth => TruthCsvWriter.Write(workspace.Events.ReadTruth(), path),
            ExportFormat.Csv => WriteCsv(workspace.Events, path),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
    }

    // task_type is the type's stable id (what rules and 'deskmine tasks' use), task_name its readable name. The derived
    // records carry the name; the segment's stored type index finds the id, and workspaces mined before segment types
    // were kept fall back to the name.
    private static long WriteCsv(IEventStore store, string path)
    {
        var derived = store.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);
        var catalogue = TaskTypeCatalogue.Read(store);
        var segmentTypes = SegmentTypes.Read(store);
        var options = new CsvExportOptions
        {
            ExtraColumns = ["segment", "task_type", "task_name", "case"],
            ExtraValues = e => derived.TryGetValue(e.Id, out var d)
                ? [d.Segment, TypeId(d.Segment, d.TaskType, catalogue, segmentTypes), d.TaskType, d.CaseId]
                : [null, null, null, null],
        };
        return CsvWriter.Write(store.ReadEvents(), path, options);
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
