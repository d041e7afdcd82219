using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads the CSV that <see cref="CsvWriter"/> writes (one column per schema v1 field, <c>attrs</c> as JSON) back
/// into events, field for field. Columns that are not schema fields (e.g. <c>segment</c>, <c>task_type</c>
/// added by an export) go to <c>attrs</c> under their header name.
/// </summary>
public static class DeskmineCsvReader
{
    /// <summary>Source given to rows whose file has no <c>source</c> value.</summary>
    public const string SourceName = "import:deskmine";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing or a value does not fit its field.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        var table = CsvTable.Open(path, options.Mapping?.Delimiter, options.LocalClock(xes: false));
        return Rows(table, options.SessionFor(path));
    }

    /// <summary>Reads CSV text; <paramref name="sourceName"/> names it in errors and is the default session.</summary>
    public static IEnumerable<UiEvent> Read(TextReader text, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        var table = CsvTable.Open(text, sourceName, options.Mapping?.Delimiter, options.LocalClock(xes: false));
        return Rows(table, options.SessionFor(sourceName));
    }

    private static IEnumerable<UiEvent> Rows(CsvTable table, string session)
    {
        using (table)
        {
            var ids = new ImportIds();
            var isField = table.Header.Select(h => UiEventFields.All.Contains(h)).ToArray();
            var hasSession = table.IndexOf("session") >= 0;
            while (table.MoveNext())
                yield return Map(table, isField, hasSession, ids, session);
        }
    }

    private static UiEvent Map(CsvTable t, bool[] isField, bool hasSession, ImportIds ids, string session)
    {
        var draft = new UiEventDraft();
        for (var c = 0; c < isField.Length; c++)
        {
            if (t.Text(c) is not { } text)
                continue;
            if (!isField[c])
                draft.Attr(t.Header[c], text);
            else if (draft.Set(t.Header[c], text) is { } problem)
                throw t.Error(c, problem);
        }
        // A session column that is present but empty means the empty session, not "use the default".
        if (draft.Session is null && hasSession)
            draft.Session = "";
        var row = t.RowIndex;
        return draft.Build(ids, session, row, SourceName, EventKinds.Activity, null);
    }
}
