using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Opens a CSV log (a file or text) with the options' delimiter and clock and hands the table to a reader's row
/// mapping, so every CSV-based reader shares one way of starting.
/// </summary>
internal static class CsvSources
{
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options, Func<CsvTable, string, IEnumerable<UiEvent>> rows)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        var table = CsvTable.Open(path, options.Mapping?.Delimiter, options);
        return rows(table, options.SessionFor(path));
    }

    public static IEnumerable<UiEvent> Read(TextReader text, string sourceName, ImportOptions? options, Func<CsvTable, string, IEnumerable<UiEvent>> rows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        var table = CsvTable.Open(text, sourceName, options.Mapping?.Delimiter, options);
        return rows(table, options.SessionFor(sourceName));
    }
}
