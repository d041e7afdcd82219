using Deskmine.Workspaces.Exports;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Exports;

public sealed class ExportRunTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Fact]
    public void Csv_carries_the_segment_type_and_case_of_the_recognition_run()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("events.csv");

        var rows = ExportRun.Run(ws, ExportFormat.Csv, path);

        Assert.Equal(simulated.EventCount, rows);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var segment = Array.IndexOf(header, "segment");
        Assert.True(segment >= 0);
        Assert.Contains("task_type", header);
        Assert.Contains("case", header);
        Assert.Contains(lines.Skip(1), l => l.Split(',')[segment].StartsWith('s'));
    }

    [Fact]
    public void Csv_task_type_is_the_type_id_and_task_name_its_name()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("typed.csv");
        var result = simulated.Recognition!.Recognition;

        ExportRun.Run(ws, ExportFormat.Csv, path);

        var rows = Rows(File.ReadAllText(path));
        var header = rows[0];
        Assert.Equal(["segment", "task_type", "task_name", "case"], header[^4..]);
        Assert.Contains("source_row", header);
        int segment = Array.IndexOf(header, "segment"), type = Array.IndexOf(header, "task_type"), name = Array.IndexOf(header, "task_name");
        var typed = rows.Skip(1).Where(r => r[segment].Length > 0).ToList();
        Assert.All(typed, r =>
        {
            var t = result.TaskTypes[result.Segments[int.Parse(r[segment][1..], System.Globalization.CultureInfo.InvariantCulture)].TaskType];
            Assert.Equal((t.Key, t.Name), (r[type], r[name]));
        });
        Assert.Equal(result.Segments.Sum(s => s.EventCount), typed.Count);
        Assert.Equal(simulated.EventCount, rows.Count - 1);
    }

    // RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    private static List<string[]> Rows(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
            rows.Add([.. fields, field.ToString()]);
        return rows;
    }

    [Fact]
    public void Truth_has_one_row_per_event()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("truth.csv");

        var rows = ExportRun.Run(ws, ExportFormat.Truth, path);

        Assert.Equal(simulated.EventCount, rows);
        Assert.Equal(rows + 1, File.ReadLines(path).Count());
    }

    [Fact]
    public void Xes_has_one_event_element_per_event_and_a_start_complete_pair_per_interval()
    {
        using var ws = simulated.OpenReadOnly();
        var path = simulated.File("events.xes");
        var intervals = ws.Events.ReadEvents().Count(e => e.Duration is not null && e.Ts is not null);

        var rows = ExportRun.Run(ws, ExportFormat.Xes, path);

        Assert.Equal(simulated.EventCount, rows);
        Assert.True(intervals > 0);
        Assert.Equal(rows + intervals, File.ReadLines(path).Count(l => l.TrimStart().StartsWith("<event", StringComparison.Ordinal)));
        // The pairs are joined again on reading.
        Assert.Equal(rows, Deskmine.Storage.Formats.XesReader.Read(path).LongCount());
    }
}
