using System.Globalization;
using System.Text;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Mining.Tests.Support;

/// <summary>
/// Loads Leno et al.'s UI logs (../shared/data/uilogs/leno) for evaluation, mapping columns the way the
/// Action Logger and CPN importers do: app, url, element (target.name/Label, target.id), sheet as window,
/// copied or typed content as value, every column in attrs (eventType, caseID kept).
/// </summary>
internal static class LenoLogs
{
    public static string? Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            dir = dir.Parent;
        if (dir?.Parent is null)
            return null;
        var leno = Path.Combine(dir.Parent.FullName, "shared", "data", "uilogs", "leno");
        return Directory.Exists(leno) ? leno : null;
    }

    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var rows = new List<Dictionary<string, string>>();
        using var reader = new StreamReader(path);
        var header = ParseLine(reader.ReadLine() ?? "");
        while (reader.ReadLine() is { } line)
        {
            var cells = ParseLine(line);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < cells.Count; i++)
                row[header[i]] = cells[i];
            rows.Add(row);
        }
        return rows;
    }

    private static List<string> ParseLine(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        cells.Add(sb.ToString());
        return cells;
    }

    public static UiEvent ToEvent(Dictionary<string, string> r, int row)
    {
        string? G(params string[] keys) => keys.Select(k => r.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var ts = DateTimeOffset.Parse(r["timeStamp"], CultureInfo.InvariantCulture);
        return new UiEvent
        {
            Id = Guid.CreateVersion7(ts),
            Source = "import:leno",
            Kind = EventKinds.Activity,
            Activity = r["eventType"],
            Ts = Timestamps.ToMicros(ts),
            User = "leno",
            App = G("targetApp", "source"),
            Window = G("target.sheetName", "Sheet"),
            Url = G("url", "Url"),
            TargetName = G("target.name", "Label"),
            TargetId = G("target.id"),
            Value = G("content", "target.value", "Value"),
            Attrs = r.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value),
            SourceRow = row,
        };
    }
}
