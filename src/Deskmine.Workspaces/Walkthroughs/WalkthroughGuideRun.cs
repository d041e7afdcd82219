using System.Globalization;
using System.Text;
using Deskmine.Analysis.Walkthroughs;
using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;
using Deskmine.Reporting.Walkthroughs;
using Deskmine.Workspaces.Documents;

namespace Deskmine.Workspaces.Walkthroughs;

/// <summary>
/// Writes the guide of a walkthrough: <c>guide.md</c> (screenshots copied to <c>screens/</c> beside it),
/// <c>guide.html</c> (self-contained, screenshots embedded, the click marked) and <c>titles.json</c> (the step titles,
/// editable; edits are kept when the guide is written again).
/// </summary>
public static class WalkthroughGuideRun
{
    /// <summary>Reads the walkthrough in <paramref name="walkthroughDirectory"/> and writes its guide into <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="InputException">The walkthrough folder, a screenshot or <c>titles.json</c> is malformed.</exception>
    public static WalkthroughGuideResult Write(string walkthroughDirectory, string outputDirectory, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(walkthroughDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(time);
        var recording = WalkthroughFolder.Read(walkthroughDirectory);
        var outDir = Path.GetFullPath(outputDirectory);
        if (string.Equals(outDir, recording.Directory, StringComparison.Ordinal))
            throw new InputException(outDir, null, null, "write the guide into another folder than the walkthrough's own");
        var titlesPath = Path.Combine(outDir, "titles.json");
        var entries = WalkthroughTitlesFile.Read(titlesPath);
        var warnings = new List<string>();
        if (recording.Status != "stopped")
            warnings.Add($"the walkthrough is still {recording.Status}; the guide shows the steps recorded so far");

        // The recorder's events went through the privacy filter; a hand-made or imported folder may not have, and a
        // guide is meant to be handed around, so the texts it shows are redacted once more as the task guides are.
        var generated = WalkthroughGuides.Build(recording.Name, Redacted(recording.Events));
        var (edited, unused) = WalkthroughTitlesFile.Apply(generated, entries);
        if (unused > 0)
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{unused} edited titles in {titlesPath} match no step of this walkthrough and were dropped"));
        var guide = generated.WithTitles(edited);

        var images = new Dictionary<string, WalkthroughImage>(StringComparer.Ordinal);
        foreach (var path in guide.Steps.Select(s => s.Shot?.Path).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (WalkthroughFolder.ReadImage(recording.Directory, path) is { } image)
                images[path] = image;
            else
                warnings.Add($"screenshot {path} is missing from {recording.Directory}");
        }

        Directory.CreateDirectory(outDir);
        var links = new Dictionary<int, string>();
        if (images.Count > 0)
            Directory.CreateDirectory(Path.Combine(outDir, "screens"));
        foreach (var s in guide.Steps)
        {
            if (s.Shot?.Path is { } path && images.TryGetValue(path, out var image))
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"step-{s.Number:D3}.png");
                File.WriteAllBytes(Path.Combine(outDir, "screens", name), image.Png);
                links[s.Number] = "screens/" + name;
            }
        }
        var page = new WalkthroughPage { GeneratedAt = time.GetUtcNow(), Facts = Facts(recording), Images = images };
        var utf8 = new UTF8Encoding(false);
        var md = Path.Combine(outDir, "guide.md");
        var html = Path.Combine(outDir, "guide.html");
        File.WriteAllText(md, WalkthroughMarkdown.Render(guide, page, s => links.GetValueOrDefault(s.Number)), utf8);
        File.WriteAllText(html, WalkthroughHtml.Render(guide, page), utf8);
        WalkthroughTitlesFile.Write(titlesPath, guide);
        return new WalkthroughGuideResult(guide.Name, guide.Steps.Count, links.Count, edited.Count, md, html, titlesPath, warnings);
    }

    // The screenshot attributes are the recorder's own file names and window geometry, not recorded text: they are
    // kept as they are (the redaction would turn screens/000012.png into screens/<n>.png).
    private static readonly string[] ShotAttributes = ["screenshot", "shot_x", "shot_y", "shot_w", "shot_h", "shot_dropped"];

    private static List<Core.Events.UiEvent> Redacted(IReadOnlyList<Core.Events.UiEvent> events)
    {
        var redacted = GuideRedaction.Redact(new WorkLog { Events = events, InstanceOfEvent = [], StepOfEvent = [], TaskTypes = [], Instances = [] }).Events;
        return [.. redacted.Zip(events, (r, e) =>
        {
            if (r.Attrs is null || e.Attrs is null || !ShotAttributes.Any(e.Attrs.ContainsKey))
                return r;
            var attrs = r.Attrs.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            foreach (var key in ShotAttributes)
            {
                if (e.Attrs.TryGetValue(key, out var value))
                    attrs[key] = value;
            }
            return r with { Attrs = attrs };
        })];
    }

    private static List<(string, string)> Facts(WalkthroughRecording r)
    {
        var facts = new List<(string, string)>();
        if (r.Started is { } started)
            facts.Add(("Recorded", started.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        facts.Add(("Screenshots", r.ScreenshotsTaken.ToString("N0", CultureInfo.InvariantCulture)));
        facts.Add(("Dropped (fail closed)", r.ScreenshotsDropped.ToString("N0", CultureInfo.InvariantCulture)));
        facts.Add(("Boxes redacted", r.RedactedBoxes.ToString("N0", CultureInfo.InvariantCulture)));
        return facts;
    }
}
