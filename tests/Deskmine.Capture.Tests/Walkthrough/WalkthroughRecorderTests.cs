using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Capture.Sources.X11;
using Deskmine.Capture.Tests.Sources.X11;
using Deskmine.Capture.Tests.Support;
using Deskmine.Capture.Walkthrough;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Walkthrough;

/// <summary>A walkthrough recorded on a real desktop (Xvfb, openbox, AT-SPI, zenity, xterm) with secrets planted on
/// screen: none survives in any file of the folder, neither as bytes nor as readable pixels.</summary>
[Collection(OcrCollection.Name)]
public sealed class WalkthroughRecorderTests(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private const string Email = "jane.doe@example.com";
    private const string Card = "4111 1111 1111 1111";
    private const string Password = "Hunter2Secret";
    private const string Iban = "DE89 3704 0044 0532 0130 00";

    private WalkthroughRecorder StartRecorder(string dir, string name)
    {
        Environment.SetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS", desktop.BusAddress);
        var recorder = WalkthroughRecorder.Start(new WalkthroughOptions
        {
            Name = name,
            Directory = dir,
            Desktop = new X11SourceOptions { Display = desktop.Display },
            BridgePort = 0, // the desktop only (WalkthroughBrowserTests records with the extension)
        });
        Thread.Sleep(300);
        return recorder;
    }

    private (int X, int Y, int W, int H) Geometry(string window)
    {
        var info = desktop.Run("xwininfo", $"-id {window}");
        int Field(string name) => int.Parse(System.Text.RegularExpressions.Regex.Match(info, name + @":\s+(-?\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        return (Field("Absolute upper-left X"), Field("Absolute upper-left Y"), Field("Width"), Field("Height"));
    }

    private void Click(int x, int y)
    {
        desktop.Run("xdotool", $"mousemove {x} {y} click 1");
        Thread.Sleep(400);
    }

    [SkippableFact]
    public void Planted_secrets_survive_in_no_file_and_on_no_screenshot()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        Skip.If(TextImages.SkipReason is not null, TextImages.SkipReason);
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "walkthrough");
        desktop.Start("xterm", $"-title wt-term -geometry 60x6+20+20 -fa DejaVuSansMono -fs 11 -e sh -c \"echo 'Transfer to IBAN {Iban}'; echo 'Invoice total due'; sleep 600\"");
        var term = desktop.WaitForWindow("^wt-term$");
        desktop.Start("zenity", $"--forms --title wt-form --text \"Customer {Email}\" --add-entry \"Card number\" --add-password Password --add-entry Note");
        var form = desktop.WaitForWindow("^wt-form$");
        Thread.Sleep(500); // let the dialog register with the accessibility bus
        desktop.Run("xdotool", $"windowactivate --sync {form}");
        var f = Geometry(form);
        var t = Geometry(term);

        using (var recorder = StartRecorder(dir, "Pay an invoice"))
        {
            desktop.Run("xdotool", $"type --delay 15 \"{Card}\"");
            desktop.Run("xdotool", "key Tab");
            desktop.Run("xdotool", $"type --delay 15 {Password}");
            desktop.Run("xdotool", "key Tab");
            desktop.Run("xdotool", "type --delay 15 \"Quarterly report\"");
            Click(f.X + 20, f.Y + 12);             // the label with the e-mail, the card number in its field
            desktop.Run("xdotool", "key ctrl+a");  // a shortcut in the form
            Thread.Sleep(300);
            Click(t.X + t.W / 2, t.Y + t.H / 2);   // the terminal with the IBAN
        }

        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "walkthrough.json"))).RootElement;
        Assert.Equal("deskmine-walkthrough/1", manifest.GetProperty("format").GetString());
        Assert.Equal("Pay an invoice", manifest.GetProperty("name").GetString());
        Assert.Equal("stopped", manifest.GetProperty("status").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", manifest.GetProperty("started").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", manifest.GetProperty("ended").GetString());
        Assert.Equal(1280, manifest.GetProperty("host").GetProperty("screen_w").GetInt32());
        Assert.Equal(1024, manifest.GetProperty("host").GetProperty("screen_h").GetInt32());
        Assert.False(File.Exists(Path.Combine(dir, "pid")));

        var events = File.ReadAllLines(Path.Combine(dir, "events.jsonl")).Select(l => UiEventJson.FromUtf8(Encoding.UTF8.GetBytes(l))).ToList();
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Single(events.Select(e => e.Session).Distinct());
        var shots = events.Where(e => e.Attrs?.ContainsKey("screenshot") == true).ToList();
        Assert.Equal(3, events.Count(e => e.Kind is EventKinds.Click or EventKinds.KeyShortcut));
        Assert.Equal(3, shots.Count);
        var shotsJson = manifest.GetProperty("screenshots");
        Assert.Equal(3, shotsJson.GetProperty("taken").GetInt32());
        Assert.Equal(0, shotsJson.GetProperty("dropped").GetInt32());
        Assert.True(shotsJson.GetProperty("redacted_boxes").GetInt32() >= 4);
        foreach (var click in shots.Where(e => e.Kind == EventKinds.Click))
        {
            int A(string key) => int.Parse(click.Attrs![key], CultureInfo.InvariantCulture);
            Assert.InRange(click.X!.Value - A("shot_x"), 0, A("shot_w") - 1);
            Assert.InRange(click.Y!.Value - A("shot_y"), 0, A("shot_h") - 1);
            Assert.Equal($"screens/{click.Seq:D6}.png", click.Attrs!["screenshot"]);
        }
        Assert.DoesNotContain(events, e => e.Kind == EventKinds.TextInput && e.Value is not null);

        // No planted secret in the bytes of any file, in UTF-8 or UTF-16.
        var secrets = new[] { Email, "jane.doe", Card, Card.Replace(" ", "", StringComparison.Ordinal), Password, Iban, Iban.Replace(" ", "", StringComparison.Ordinal) };
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var secret in secrets)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} in {file}");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) < 0, $"{secret} (UTF-16) in {file}");
            }
        }

        // Nor on the pictures: what OCR reads on them holds none, and it does read the ordinary labels.
        var formText = TextImages.Squeeze(TextImages.ReadPng(File.ReadAllBytes(Path.Combine(dir, shots[0].Attrs!["screenshot"]))));
        var termText = TextImages.Squeeze(TextImages.ReadPng(File.ReadAllBytes(Path.Combine(dir, shots[2].Attrs!["screenshot"]))));
        Assert.Contains("cardnumber", formText, StringComparison.Ordinal);
        Assert.Contains("invoicetotaldue", termText, StringComparison.Ordinal);
        foreach (var text in new[] { formText, termText })
        {
            Assert.DoesNotContain("janedoe", text, StringComparison.Ordinal);
            Assert.DoesNotContain("examplecom", text, StringComparison.Ordinal);
            Assert.DoesNotContain("41111111", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
            Assert.DoesNotContain("37040044", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Nothing_is_recorded_while_paused()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        Skip.If(TextImages.SkipReason is not null, TextImages.SkipReason);
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "walkthrough");
        desktop.Start("xterm", "-title wt-pause -geometry 40x5+700+20 -e sleep 600"); // no shell prompt to retitle it
        var term = desktop.WaitForWindow("^wt-pause$");
        var g = Geometry(term);

        using var stop = new CancellationTokenSource();
        using (var recorder = StartRecorder(dir, "Pause"))
        {
            var run = recorder.RunAsync(stop.Token);
            recorder.Folder.Pause();
            Thread.Sleep(600);
            Assert.Equal("paused", JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "walkthrough.json"))).RootElement.GetProperty("status").GetString());
            Click(g.X + 10, g.Y + 10);
            recorder.Folder.Resume();
            Thread.Sleep(600);
            Click(g.X + 20, g.Y + 20);
            stop.Cancel();
            run.GetAwaiter().GetResult();
        }

        var events = File.ReadAllLines(Path.Combine(dir, "events.jsonl")).Select(l => UiEventJson.FromUtf8(Encoding.UTF8.GetBytes(l))).ToList();
        var click = Assert.Single(events, e => e.Kind == EventKinds.Click);
        Assert.Equal(g.X + 20, click.X);
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "screens")));
    }

    [Fact]
    public void A_folder_that_holds_a_walkthrough_is_not_overwritten()
    {
        using var temp = new TempDir();
        File.WriteAllText(Path.Combine(temp.Path, "walkthrough.json"), "{}");
        var error = Assert.Throws<Core.Errors.InputException>(() => WalkthroughRecorder.Start(new WalkthroughOptions { Name = "x", Directory = temp.Path }));
        Assert.Contains("already holds a walkthrough", error.Message, StringComparison.Ordinal);
    }
}
