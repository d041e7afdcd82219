namespace Deskmine.Workspaces.Exports;

/// <summary>What an <see cref="ExportRun"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>Every schema field as CSV, plus <c>segment</c>, <c>task_type</c> (the type's id), <c>task_name</c> and <c>case</c> of the last recognition run.</summary>
    Csv,

    /// <summary>The events as XES (IEEE 1849); a <c>.xes.gz</c> path compresses.</summary>
    Xes,

    /// <summary>The ground-truth table as CSV.</summary>
    Truth,

    /// <summary>The columns of <see cref="Csv"/> as a typed Parquet file (<c>ts</c> a UTC timestamp, numbers as integers).</summary>
    Parquet,

    /// <summary>
    /// OCEL 2.0 (JSON, or SQLite for a <c>.sqlite</c> path): an imported OCEL log as stored, or a mined workspace's
    /// business objects and task instances with their events.
    /// </summary>
    Ocel,
}
