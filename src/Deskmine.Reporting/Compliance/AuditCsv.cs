using Deskmine.Analysis.Compliance;

namespace Deskmine.Reporting.Compliance;

/// <summary>
/// The deviations as CSV for auditors' spreadsheets, one row per deviation:
/// <c>rule,template,case,team,first_event_time,message</c>. The time is that of the first evidence event, else of the
/// case's first event (ISO 8601 UTC), empty when unknown. Cells are quoted as RFC 4180 requires (comma, quote, line
/// break, outer space); a cell a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>@</c>, or
/// <c>-</c> not followed by a digit) gets a leading apostrophe.
/// </summary>
public static class AuditCsv
{
    /// <summary>The header row's cells.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["rule", "template", "case", "team", "first_event_time", "message"];

    /// <summary>Writes the header and one row per deviation to <paramref name="text"/> (left open); returns the row count.</summary>
    public static int Write(ComplianceResult result, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        text.Write(string.Join(',', Columns));
        text.Write("\r\n");
        foreach (var d in result.Deviations)
        {
            var time = d.Events.FirstOrDefault(e => e.Timestamp is not null)?.Timestamp ?? d.CaseStart;
            string?[] cells = [d.Rule, d.Template, d.Case, d.Group, time is { } t ? ComplianceJson.FormatTime(t) : null, d.Message];
            text.Write(string.Join(',', cells.Select(Cell)));
            text.Write("\r\n");
        }
        return result.Deviations.Count;
    }

    /// <summary>The CSV text.</summary>
    public static string Render(ComplianceResult result)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(result, writer);
        return writer.ToString();
    }

    /// <summary>One cell, neutralised and quoted when needed.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        if (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && (value.Length == 1 || !char.IsAsciiDigit(value[1]))))
            value = "'" + value;
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
