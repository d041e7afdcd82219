using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Analysis.Walkthroughs;
using Deskmine.Core.Errors;

namespace Deskmine.Workspaces.Walkthroughs;

/// <summary>
/// <c>titles.json</c> beside a walkthrough guide: the step titles a person may edit. Each entry keeps the step's
/// number, its recognised name and the generated title; an entry whose title differs from the generated one is an
/// edit and wins when the guide is written again — for the step with the same number and name, else for a step
/// with the same name (steps recorded again may move).
/// <code>
/// { "format": "deskmine-walkthrough-titles/1", "walkthrough": "Post an invoice",
///   "steps": [ { "step": 1, "name": "SAP – MIRO: click 'Post'", "generated": "Click 'Post' in SAP – MIRO", "title": "…" } ] }
/// </code>
/// </summary>
internal static class WalkthroughTitlesFile
{
    public const string Format = "deskmine-walkthrough-titles/1";

    public sealed record Entry(int Step, string Name, string Generated, string Title)
    {
        public bool Edited => !string.Equals(Title, Generated, StringComparison.Ordinal);
    }

    /// <summary>The entries of <paramref name="file"/>, or none when it does not exist.</summary>
    /// <exception cref="InputException">The file is malformed (the message names the entry and field).</exception>
    public static IReadOnlyList<Entry> Read(string file)
    {
        if (!File.Exists(file))
            return [];
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InputException(file, e.LineNumber + 1, null, "not valid JSON: " + e.Message.Split(" Path:", 2)[0], e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
                throw new InputException(file, null, "steps", "expected {\"format\": \"" + Format + "\", \"steps\": [ … ]}");
            var entries = new List<Entry>();
            var k = 0;
            foreach (var s in steps.EnumerateArray())
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"steps[{k++}]");
                if (s.ValueKind != JsonValueKind.Object)
                    throw new InputException(file, null, where, "expected an object {\"step\", \"name\", \"generated\", \"title\"}");
                var number = s.TryGetProperty("step", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var v) && v >= 1
                    ? v : throw new InputException(file, null, where + ".step", "expected the step's number (1 or more)");
                entries.Add(new Entry(number, Text(s, "name"), Text(s, "generated"), Text(s, "title")));

                string Text(JsonElement e, string field)
                {
                    if (!e.TryGetProperty(field, out var t) || t.ValueKind != JsonValueKind.String)
                        throw new InputException(file, null, where + "." + field, "expected a text");
                    var text = t.GetString()!.Trim();
                    return field == "title" && text.Length == 0 ? throw new InputException(file, null, where + ".title", "expected a title, got an empty text") : text;
                }
            }
            return entries;
        }
    }

    /// <summary>The edited titles that apply to <paramref name="guide"/> (step number → title), and how many edits matched no step.</summary>
    public static (Dictionary<int, string> Titles, int Unused) Apply(WalkthroughGuide guide, IReadOnlyList<Entry> entries)
    {
        var titles = new Dictionary<int, string>();
        var unused = 0;
        foreach (var e in entries.Where(e => e.Edited))
        {
            var step = guide.Steps.FirstOrDefault(s => s.Number == e.Step && s.StepName == e.Name && !titles.ContainsKey(s.Number))
                ?? guide.Steps.FirstOrDefault(s => s.StepName == e.Name && !titles.ContainsKey(s.Number) && !entries.Any(o => o.Edited && o.Step == s.Number && o.Name == s.StepName && o != e));
            if (step is null)
                unused++;
            else
                titles[step.Number] = e.Title;
        }
        return (titles, unused);
    }

    public static void Write(string file, WalkthroughGuide guide)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("walkthrough", guide.Name);
            w.WriteStartArray("steps");
            foreach (var s in guide.Steps)
            {
                w.WriteStartObject();
                w.WriteNumber("step", s.Number);
                w.WriteString("name", s.StepName);
                w.WriteString("generated", s.GeneratedTitle);
                w.WriteString("title", s.Title);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        File.WriteAllText(file, Encoding.UTF8.GetString(stream.ToArray()) + "\n", new UTF8Encoding(false));
    }
}
