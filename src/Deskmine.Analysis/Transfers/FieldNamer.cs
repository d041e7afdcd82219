using Deskmine.Core.Events;

namespace Deskmine.Analysis.Transfers;

/// <summary>
/// Names the field an event acted on so that the same field aggregates across task instances: a spreadsheet cell
/// becomes its column in its sheet (<c>Student details!C</c>, with the column's header when the log shows row 1),
/// any other element its name, id or path.
/// </summary>
internal sealed class FieldNamer
{
    private readonly Dictionary<(string Sheet, string Column), string> _headers = [];
    private readonly HashSet<(string App, string Name)> _sharedNames = [];

    /// <summary>Learns the column headers and the element names that several elements share.</summary>
    public FieldNamer(IReadOnlyList<UiEvent> events)
    {
        var idsOfName = new Dictionary<(string, string), string>();
        foreach (var e in events)
        {
            if (CellOf(e) is { } cell)
            {
                var (column, row) = Split(cell.Reference);
                if (row == "1" && !string.IsNullOrWhiteSpace(e.Value) && column.Length > 0)
                    _headers.TryAdd((cell.Sheet, column), e.Value.Trim());
                continue;
            }
            if (string.IsNullOrEmpty(e.TargetName) || string.IsNullOrEmpty(e.TargetId))
                continue;
            // A web form gives a list of inputs one name ("amounts[]") and tells them apart by id.
            var key = (e.App ?? "", e.TargetName);
            if (!idsOfName.TryGetValue(key, out var id))
                idsOfName[key] = e.TargetId;
            else if (!string.Equals(id, e.TargetId, StringComparison.Ordinal))
                _sharedNames.Add(key);
        }
    }

    /// <summary>The generalised field of <paramref name="e"/>, or <c>null</c> when it names no element.</summary>
    public string? FieldOf(UiEvent e)
    {
        if (CellOf(e) is { } cell)
        {
            var column = ColumnOf(cell.Reference);
            var field = cell.Sheet.Length > 0 ? $"{cell.Sheet}!{column}" : column;
            return _headers.TryGetValue((cell.Sheet, column), out var header) ? $"{field} ({header})" : field;
        }
        if (!string.IsNullOrEmpty(e.TargetName))
        {
            return !string.IsNullOrEmpty(e.TargetId) && _sharedNames.Contains((e.App ?? "", e.TargetName))
                ? e.TargetId
                : e.TargetName;
        }
        return NonEmpty(e.TargetId) ?? NonEmpty(e.TargetPath);
    }

    /// <summary>The spreadsheet cell or range of <paramref name="e"/>: the <c>cell</c> attribute, else a cell-like
    /// target id on an event that names a workbook or sheet.</summary>
    private static (string Sheet, string Reference)? CellOf(UiEvent e)
    {
        var attrs = e.Attrs;
        if (attrs is null)
            return null;
        var sheet = attrs.GetValueOrDefault("sheet") ?? attrs.GetValueOrDefault("workbook") ?? "";
        if (attrs.TryGetValue("cell", out var cell) && IsCellReference(cell))
            return (sheet, cell.ToUpperInvariant());
        if ((attrs.ContainsKey("sheet") || attrs.ContainsKey("workbook")) && e.TargetId is { } id && IsCellReference(id))
            return (sheet, id.ToUpperInvariant());
        return null;
    }

    /// <summary><c>C57</c> → <c>C</c>; <c>C2:F2</c> → <c>C:F</c>.</summary>
    private static string ColumnOf(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return Split(reference).Column;
        var first = Split(reference[..colon]).Column;
        var last = Split(reference[(colon + 1)..]).Column;
        return first == last ? first : $"{first}:{last}";
    }

    private static (string Column, string Row) Split(string cell)
    {
        var n = 0;
        while (n < cell.Length && char.IsAsciiLetter(cell[n]))
            n++;
        return (cell[..n], cell[n..]);
    }

    private static bool IsCellReference(string text)
    {
        foreach (var part in text.Split(':'))
        {
            var (column, row) = Split(part);
            if (column.Length is < 1 or > 3 || row.Length == 0 || !row.All(char.IsAsciiDigit))
                return false;
        }
        return text.Length > 0;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
