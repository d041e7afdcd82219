using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads a generic CSV event log (one row per event: case, activity, timestamp, optional resource, any other
/// columns) into schema v1 events of kind <see cref="EventKinds.Activity"/>, streaming. Columns come from a
/// <see cref="CsvMapping"/> or are detected from common names (pm4py's <c>case:concept:name</c>,
/// <c>concept:name</c>, <c>time:timestamp</c>, <c>org:resource</c>; <c>case_id</c>, <c>activity</c> …).
/// </summary>
public static class CsvEventReader
{
    /// <summary>Value of <see cref="UiEvent.Source"/> for these events.</summary>
    public const string SourceName = "import:csv";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a required column is not found or a row is bad.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        var mapping = options.Mapping ?? new CsvMapping();
        var table = CsvTable.Open(path, mapping.Delimiter, options);
        return Rows(table, mapping, options.SessionFor(path));
    }

    /// <summary>Reads CSV text; <paramref name="sourceName"/> names it in errors and is the default session.</summary>
    public static IEnumerable<UiEvent> Read(TextReader text, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        var mapping = options.Mapping ?? new CsvMapping();
        var table = CsvTable.Open(text, sourceName, mapping.Delimiter, options);
        return Rows(table, mapping, options.SessionFor(sourceName));
    }

    private static IEnumerable<UiEvent> Rows(CsvTable table, CsvMapping mapping, string session)
    {
        using var rows = Open(table, mapping, session);
        var ids = new ImportIds();
        while (rows.MoveNext())
            yield return rows.ToEvent(ids);
    }

    /// <summary>
    /// Opens CSV text as rows whose fields are read without building events (for a log read straight from a file);
    /// the same columns, times and errors as <see cref="Read(TextReader, string, ImportOptions?)"/>.
    /// </summary>
    internal static CsvRowView OpenRows(string path, ImportOptions options)
    {
        options.Validate();
        var mapping = options.Mapping ?? new CsvMapping();
        return Open(CsvTable.Open(path, mapping.Delimiter, options), mapping, options.SessionFor(path));
    }

    /// <inheritdoc cref="OpenRows(string, ImportOptions)"/>
    internal static CsvRowView OpenRows(TextReader text, string sourceName, ImportOptions options)
    {
        options.Validate();
        var mapping = options.Mapping ?? new CsvMapping();
        return Open(CsvTable.Open(text, sourceName, mapping.Delimiter, options), mapping, options.SessionFor(sourceName));
    }

    private static CsvRowView Open(CsvTable table, CsvMapping mapping, string session)
    {
        try
        {
            return new CsvRowView(table, mapping, session);
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }
}
