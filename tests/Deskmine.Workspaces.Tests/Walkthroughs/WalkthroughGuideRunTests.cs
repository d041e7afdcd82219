using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Core.Errors;
using Deskmine.Workspaces.Tests.Support;
using Deskmine.Workspaces.Walkthroughs;

namespace Deskmine.Workspaces.Tests.Walkthroughs;

public sealed partial class WalkthroughGuideRunTests : IDisposable
{
    private readonly TempDir _dir = new();

    private (string Walk, string Out) Invoice()
    {
        var walk = WalkthroughFixture.Write(_dir.File("walk"), "Post an invoice", WalkthroughFixture.Invoice());
        return (walk, _dir.File("guide"));
    }

    [Fact]
    public void Steps_are_numbered_in_the_order_they_were_done_with_readable_titles()
    {
        var (walk, output) = Invoice();

        var r = WalkthroughGuideRun.Write(walk, output, TimeProvider.System);

        var md = File.ReadAllText(r.MarkdownPath);
        var titles = StepHeading().Matches(md).Select(m => m.Groups[2].Value.Replace("\\", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(r.Steps, titles.Count);
        Assert.Equal(5, r.Steps);
        string[] expected =
        [
            "Click 'B2' in Excel – invoices",
            "Copy 'B2' in Excel – invoices",
            "Paste «reference» into 'Reference' in SAP – MIRO Enter Incoming Invoice",
            "Type «invoice date» into 'Invoice date' in SAP – MIRO Enter Incoming Invoice",
            "Click 'Post' in SAP – MIRO Enter Incoming Invoice",
        ];
        Assert.Equal(expected, titles);
        Assert.Equal(Path.Combine(Path.GetFullPath(output), "guide.html"), r.HtmlPath);
        Assert.Contains("Post an invoice", File.ReadAllText(r.HtmlPath), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_embeds_every_screenshot_and_marks_the_click_where_it_was()
    {
        var (walk, output) = Invoice();

        var r = WalkthroughGuideRun.Write(walk, output, TimeProvider.System);

        var html = File.ReadAllText(r.HtmlPath);
        // Select B2, paste (the click on Reference), post; the date step's screenshot was dropped by the recorder.
        Assert.Equal(3, r.Screenshots);
        Assert.Equal(3, DataImage().Matches(html).Count);
        Assert.DoesNotMatch(ExternalResource(), html);
        // 'Post' was clicked at (500, 600) on a window at (100, 50) of 800 × 600: 50 % across, 91.67 % down.
        Assert.Contains("class=\"mark\" style=\"left:50.00%;top:91.67%\"", html, StringComparison.Ordinal);
        Assert.Contains("dropped (ocr_failed)", html, StringComparison.Ordinal);
        var png = WalkthroughFixture.Png(800, 600, 80, 120, 200);
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(output, "screens", "step-005.png")));
        Assert.Contains("](screens/step-005.png)", File.ReadAllText(r.MarkdownPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_values_show_as_placeholders_and_copied_data_shows_where_it_went()
    {
        var (walk, output) = Invoice();

        var r = WalkthroughGuideRun.Write(walk, output, TimeProvider.System);

        foreach (var text in new[] { File.ReadAllText(r.HtmlPath), File.ReadAllText(r.MarkdownPath), File.ReadAllText(r.TitlesPath) })
        {
            Assert.DoesNotContain(WalkthroughFixture.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("h-invoice-number", text, StringComparison.Ordinal);
        }
        var html = File.ReadAllText(r.HtmlPath);
        Assert.Contains("<span class=\"placeholder\">" + WebUtility.HtmlEncode("«invoice date»") + "</span>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Type «invoice date» into 'Invoice date'"), html, StringComparison.Ordinal);
        Assert.Matches(@"Data: to SAP &#39;Reference&#39; \(1&#215;\)", html);
        Assert.Matches(@"Data: from Excel &#39;B2&#39;", html);
    }

    [Fact]
    public void Edited_titles_are_kept_when_the_guide_is_written_again()
    {
        var (walk, output) = Invoice();
        var first = WalkthroughGuideRun.Write(walk, output, TimeProvider.System);
        var json = File.ReadAllText(first.TitlesPath);
        var generated = JsonDocument.Parse(json).RootElement.GetProperty("steps")[4].GetProperty("title").GetString()!;
        File.WriteAllText(first.TitlesPath, json.Replace("\"title\": " + JsonSerializer.Serialize(generated, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            "\"title\": \"Post the invoice (check the total first)\"", StringComparison.Ordinal));

        var again = WalkthroughGuideRun.Write(walk, output, TimeProvider.System);

        Assert.Equal(1, again.EditedTitles);
        Assert.Contains("Post the invoice (check the total first)", File.ReadAllText(again.HtmlPath), StringComparison.Ordinal);
        Assert.DoesNotContain(generated.Replace("'", "&#39;", StringComparison.Ordinal), File.ReadAllText(again.HtmlPath), StringComparison.Ordinal);
        var step = JsonDocument.Parse(File.ReadAllText(again.TitlesPath)).RootElement.GetProperty("steps")[4];
        Assert.Equal("Post the invoice (check the total first)", step.GetProperty("title").GetString());
        Assert.Equal(generated, step.GetProperty("generated").GetString());
    }

    [Fact]
    public void A_malformed_manifest_is_an_error_naming_the_file_and_field()
    {
        var (walk, output) = Invoice();
        var manifest = Path.Combine(walk, "walkthrough.json");
        File.WriteAllText(manifest, """{"format": "deskmine-walkthrough/1", "name": 42}""");

        var x = Assert.Throws<InputException>(() => WalkthroughGuideRun.Write(walk, output, TimeProvider.System));

        Assert.Equal(manifest, x.Source);
        Assert.Equal("name", x.Column);
        Assert.Contains("walkthrough.json", x.Message, StringComparison.Ordinal);

        File.WriteAllText(manifest, """{"format": "deskmine-walkthrough/1", "name": "x",""");
        var y = Assert.Throws<InputException>(() => WalkthroughGuideRun.Write(walk, output, TimeProvider.System));
        Assert.Equal(manifest, y.Source);
        Assert.Contains("not valid JSON", y.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_bad_event_line_or_a_screenshot_path_leaving_the_folder_is_an_error_naming_the_line()
    {
        var (walk, output) = Invoice();
        var events = Path.Combine(walk, "events.jsonl");
        var lines = File.ReadAllLines(events);
        File.WriteAllLines(events, [lines[0], lines[1].Replace("\"kind\":\"copy\"", "\"kind\":7", StringComparison.Ordinal), .. lines[2..]]);

        var x = Assert.Throws<InputException>(() => WalkthroughGuideRun.Write(walk, output, TimeProvider.System));
        Assert.Equal(events, x.Source);
        Assert.Equal(2, x.Line);
        Assert.Equal("kind", x.Column);

        File.WriteAllLines(events, [lines[0].Replace("screens/000001.png", "../../etc/passwd.png", StringComparison.Ordinal), .. lines[1..]]);
        var y = Assert.Throws<InputException>(() => WalkthroughGuideRun.Write(walk, output, TimeProvider.System));
        Assert.Equal(1, y.Line);
        Assert.Equal("attrs.screenshot", y.Column);
    }

    [Fact]
    public void A_screenshot_that_is_not_a_png_is_refused_by_name()
    {
        var (walk, output) = Invoice();
        var shot = Path.Combine(walk, "screens", "000001.png");
        File.WriteAllText(shot, "not an image");

        var x = Assert.Throws<InputException>(() => WalkthroughGuideRun.Write(walk, output, TimeProvider.System));

        Assert.Equal(shot, x.Source);
    }

    public void Dispose() => _dir.Dispose();

    [GeneratedRegex(@"^## (\d+)\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex StepHeading();

    [GeneratedRegex(@"src=""data:image/png;base64,[A-Za-z0-9+/=]+""")]
    private static partial Regex DataImage();

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
