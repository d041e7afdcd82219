using Deskmine.Storage;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Exports;

/// <summary>A workspace's events (with the recognition run's results) as CSV or XES, or its ground truth as CSV.</summary>
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
