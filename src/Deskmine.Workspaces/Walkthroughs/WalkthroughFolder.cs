using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Reporting.Walkthroughs;

namespace Deskmine.Workspaces.Walkthroughs;

/// <summary>
/// Reads a walkthrough folder written by <c>deskmine walkthrough record</c>: <c>walkthrough.json</c> (the manifest),
/// <c>events.jsonl</c> (one schema event per line, as <see cref="UiEventJson"/> writes it) and <c>screens/*.png</c>.
/// Strict: a malformed manifest, event line or screenshot is an error naming the file, the line and the field.
/// </summary>
public static partial class WalkthroughFolder
{
    /// <summary>The manifest format this reader understands.</summary>
    public const string Format = "deskmine-walkthrough/1";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the manifest and the events of the walkthrough in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">The folder, manifest or an event line is missing or malformed.</exception>
    public static WalkthroughRecording Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var dir = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(dir))
            throw new InputException(dir, null, null, "no such walkthrough folder (record one with 'deskmine walkthrough record --name NAME -o DIR')");
        var manifest = Path.Combine(dir, "walkthrough.json");
        if (!File.Exists(manifest))
            throw new InputException(manifest, null, null, "no walkthrough manifest; is this a walkthrough folder?");
        var recording = ReadManifest(manifest, dir);
        var events = Path.Combine(dir, "events.jsonl");
        if (!File.Exists(events))
            throw new InputException(events, null, null, "no events file; the walkthrough recorded nothing");
        return recording with { Events = ReadEvents(events) };
    }

    /// <summary>The screenshot <paramref name="relativePath"/> of the walkthrough in <paramref name="directory"/>, or <c>null</c> when the file is missing.</summary>
    /// <exception cref="InputException">The file is not a PNG.</exception>
    public static WalkthroughImage? ReadImage(string directory, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = Path.Combine(Path.GetFullPath(directory), relativePath.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
            return null;
        var bytes = File.ReadAllBytes(path);
        // IHDR is the first chunk: length (4), type (4), then width and height as big-endian 32-bit numbers.
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(PngSignature) || Encoding.ASCII.GetString(bytes, 12, 4) != "IHDR")
            throw new InputException(path, null, null, "not a PNG image (the recorder writes screenshots as PNG)");
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        return new WalkthroughImage(bytes, width, height);
    }

    private static WalkthroughRecording ReadManifest(string file, string dir)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InputException(file, e.LineNumber + 1, e.BytePositionInLine is { } p ? (p + 1).ToString(CultureInfo.InvariantCulture) : null,
                "not valid JSON: " + e.Message.Split(" Path:", 2)[0], e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InputException(file, null, null, "expected a JSON object {\"format\": \"" + Format + "\", \"name\": …}");
            var format = Text(file, root, "format", required: true);
            if (format != Format)
                throw new InputException(file, null, "format", $"expected \"{Format}\", got \"{format}\"");
            var name = Text(file, root, "name", required: true)!;
            if (string.IsNullOrWhiteSpace(name))
                throw new InputException(file, null, "name", "expected the walkthrough's name, got an empty text");
            var status = Text(file, root, "status", required: false) ?? "stopped";
            if (status is not ("recording" or "paused" or "stopped"))
                throw new InputException(file, null, "status", $"expected recording, paused or stopped, got \"{status}\"");
            int taken = 0, dropped = 0, boxes = 0;
            if (root.TryGetProperty("screenshots", out var shots) && shots.ValueKind != JsonValueKind.Null)
            {
                if (shots.ValueKind != JsonValueKind.Object)
                    throw new InputException(file, null, "screenshots", "expected an object {\"taken\", \"dropped\", \"redacted_boxes\"}");
                taken = Count(file, shots, "taken");
                dropped = Count(file, shots, "dropped");
                boxes = Count(file, shots, "redacted_boxes");
            }
            return new WalkthroughRecording(dir, name, status, Time(file, root, "started"), Time(file, root, "ended"), taken, dropped, boxes, []);
        }
    }

    private static List<UiEvent> ReadEvents(string file)
    {
        var events = new List<UiEvent>();
        long line = 0;
        foreach (var text in File.ReadLines(file))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            UiEvent? e;
            string? field, problem;
            try
            {
                using var doc = JsonDocument.Parse(text);
                if (!UiEventJson.TryRead(doc.RootElement, 1 << 20, 1024, out e, out field, out problem))
                    throw new InputException(file, line, field, problem ?? "not a valid event");
            }
            catch (JsonException x)
            {
                throw new InputException(file, line, null, "not valid JSON: " + x.Message.Split(" Path:", 2)[0], x);
            }
            if (e.Attrs?.GetValueOrDefault("screenshot") is { } shot && !ScreenshotPath().IsMatch(shot))
                throw new InputException(file, line, "attrs.screenshot", $"expected a path like screens/000012.png inside the folder, got \"{shot}\"");
            events.Add(e);
        }
        events.Sort((a, b) => a.Seq.CompareTo(b.Seq));
        return events;
    }

    private static string? Text(string file, JsonElement root, string name, bool required)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? throw new InputException(file, null, name, "missing; expected a text") : null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw new InputException(file, null, name, $"expected a text, got {v.ValueKind.ToString().ToLowerInvariant()}");
    }

    private static int Count(string file, JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0
            ? n : throw new InputException(file, null, "screenshots." + name, "expected a whole number ≥ 0");
    }

    private static DateTimeOffset? Time(string file, JsonElement root, string name)
    {
        var text = Text(file, root, name, required: false);
        if (text is null)
            return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t : throw new InputException(file, null, name, $"expected an ISO 8601 time such as 2026-12-05T13:20:00.000Z, got \"{text}\"");
    }

    [GeneratedRegex(@"^screens/[A-Za-z0-9_-]+\.png$")]
    private static partial Regex ScreenshotPath();
}
