using System.Text;
using Deskmine.Core.Events;
using nietras.SeparatedValues;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Writes events as CSV, one row per event and one column per schema v1 field (<c>id, session, seq, ts,
/// duration, user, machine, team, source, kind, app, window, url, target_role, target_name, target_id,
/// target_path, x, y, value, value_hash, case_id, activity, source_row, attrs</c>), then the caller's extra
/// columns. <c>ts</c> is ISO 8601 UTC with microseconds, <c>attrs</c> a JSON object; null is an empty cell.
/// <see cref="DeskmineCsvReader"/> reads it back.
/// </summary>
public static class CsvWriter
{
    /// <summary>Writes <paramref name="events"/> to a new UTF-8 file; returns the number of rows.</summary>
    public static long Write(IEnumerable<UiEvent> events, string path, CsvExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        return Write(events, writer, options);
    }

    /// <summary>Writes <paramref name="events"/> to <paramref name="text"/> (left open); returns the number of rows.</summary>
    public static long Write(IEnumerable<UiEvent> events, TextWriter text, CsvExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(text);
        options ??= CsvExportOptions.Default;
        options.Validate();
        var fields = UiEventFields.All;
        var extras = options.ExtraColumns;
        using var csv = new Sep(options.Delimiter).Writer(o => o with { Escape = true, WriteHeader = true }).To(text, leaveOpen: true);
        // The header goes out even when there are no events, so the file still says what it holds.
        csv.Header.Add(fields);
        csv.Header.Add(extras);
        csv.Header.Write();
        long count = 0;
        foreach (var e in events)
        {
            using var row = csv.NewRow();
            for (var i = 0; i < fields.Count; i++)
                row[i].Set(UiEventFields.Get(e, fields[i]));
            if (extras.Count > 0)
            {
                var values = options.ExtraValues!(e);
                if (values.Count != extras.Count)
                    throw new InvalidOperationException($"ExtraValues returned {values.Count} values for {extras.Count} extra columns.");
                for (var i = 0; i < extras.Count; i++)
                    row[fields.Count + i].Set(values[i]);
            }
            count++;
        }
        return count;
    }
}
