using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Deskmine.Capture.Sources.X11;
using Deskmine.Capture.Tests.Sources.X11;
using Deskmine.Capture.Tests.Support;
using Deskmine.Capture.Walkthrough;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Walkthrough;

/// <summary>A desktop of 800 × 600 for a browser in kiosk mode: the page fills the screen, so page coordinates are
/// screen coordinates, and a screenshot of the browser is not larger than a big form.</summary>
public sealed class SmallDesktopSession() : DesktopSession("800x600x24");

/// <summary>
/// A walkthrough of a form in Debian's Chromium with the Deskmine extension, on a page served from 127.0.0.1, on a
/// real desktop (Xvfb, openbox): the clicks are joined with the extension's page clicks (element names), the form
/// submit is a step with its own screenshot, and the planted secrets (an e-mail on the page, a card number typed
/// into a field, a password) survive in no file and on no screenshot.
/// </summary>
[Collection(OcrCollection.Name)]
public sealed class WalkthroughBrowserTests(SmallDesktopSession desktop) : IClassFixture<SmallDesktopSession>
{
    private const string Email = "jane.doe@example.com";
    private const string Card = "4111 1111 1111 1111";
    private const string Password = "Hunter2Secret";

    // Fixed places, so that a click at page (x, y) is a click at screen (x, y) in kiosk mode.
    private const string Page = """
        <!doctype html><html><head><title>Orders - ACME</title><style>
        body { margin: 0; font: 18px 'DejaVu Sans', sans-serif; background: #fff; color: #000; }
        .at { position: absolute; }
        input { font: 18px 'DejaVu Sans', sans-serif; width: 300px; height: 30px; border: 1px solid #444; padding: 2px 6px; }
        button { font: 18px 'DejaVu Sans', sans-serif; width: 170px; height: 44px; background: #fff; color: #000; border: 1px solid #444; }
        </style></head><body>
        <form id="order" action="/saved" method="post">
        <p class="at" style="left: 40px; top: 20px">Customer {EMAIL}</p>
        <label class="at" for="card" style="left: 40px; top: 110px">Card number</label>
        <input class="at" id="card" name="card" autocomplete="off" style="left: 240px; top: 100px">
        <label class="at" for="pw" style="left: 40px; top: 190px">Password</label>
        <input class="at" id="pw" name="pw" type="password" autocomplete="off" style="left: 240px; top: 180px">
        <button class="at" id="save" type="submit" aria-label="Save order" style="left: 240px; top: 270px">Save order</button>
        </form></body></html>
        """;

    private const string Saved = """
        <!doctype html><html><head><title>Saved - ACME</title></head>
        <body style="font: 18px 'DejaVu Sans', sans-serif"><p>Order saved</p></body></html>
        """;

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    // The local site: the order form, and the page the form posts to. Request bodies are read and thrown away.
    private static HttpListener Serve(int port)
    {
        var site = new HttpListener();
        site.Prefixes.Add($"http://127.0.0.1:{port}/");
        site.Start();
        _ = Task.Run(async () =>
        {
            while (site.IsListening)
            {
                try
                {
                    var ctx = await site.GetContextAsync();
                    await ctx.Request.InputStream.CopyToAsync(Stream.Null);
                    var html = ctx.Request.Url!.AbsolutePath == "/saved" ? Saved : Page.Replace("{EMAIL}", Email, StringComparison.Ordinal);
                    var body = Encoding.UTF8.GetBytes(html);
                    ctx.Response.ContentType = "text/html; charset=utf-8";
                    ctx.Response.OutputStream.Write(body);
                    ctx.Response.Close();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });
        return site;
    }

    private static List<UiEvent> Events(string dir) =>
        !File.Exists(Path.Combine(dir, "events.jsonl")) ? []
        : [.. File.ReadAllLines(Path.Combine(dir, "events.jsonl")).Where(l => l.Length > 0).Select(l => UiEventJson.FromUtf8(Encoding.UTF8.GetBytes(l)))];

    private static void WaitFor(Func<bool> condition, string what, int seconds = 30)
    {
        var until = Environment.TickCount64 + seconds * 1000L;
        while (!condition())
        {
            if (Environment.TickCount64 > until)
                throw new TimeoutException($"{what} within {seconds} s");
            Thread.Sleep(100);
        }
    }

    private void Click(int x, int y)
    {
        desktop.Run("xdotool", $"mousemove {x} {y} click 1");
        Thread.Sleep(500);
    }

    [SkippableFact]
    public void A_form_in_Chromium_is_recorded_with_page_elements_a_submit_step_and_no_planted_secret()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        Skip.If(TextImages.SkipReason is not null, TextImages.SkipReason);
        Skip.If(!File.Exists("/usr/bin/chromium"), "chromium is not installed (scripts/ensure-test-deps.sh)");
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "walkthrough");
        var bridgePort = FreePort();
        var pagePort = FreePort();
        var extension = Path.Combine(temp.Path, "extension");
        Directory.CreateDirectory(extension);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "extension")))
            File.Copy(file, Path.Combine(extension, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(extension, "config.js"), $"export const DESKMINE_PORT = {bridgePort};\n");
        using var site = Serve(pagePort);

        Environment.SetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS", desktop.BusAddress);
        Process? chromium = null;
        using (var recorder = WalkthroughRecorder.Start(new WalkthroughOptions
               {
                   Name = "Enter an order",
                   Directory = dir,
                   Desktop = new X11SourceOptions { Display = desktop.Display },
                   BridgePort = bridgePort,
                   RequireBridge = true,
               }))
        {
            Assert.Equal(bridgePort, recorder.BridgePort);
            Assert.Empty(recorder.Warnings);
            chromium = desktop.Start("/usr/bin/chromium", string.Join(' ',
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--password-store=basic",
                "--disable-dev-shm-usage", "--disable-features=DisableLoadExtensionCommandLineSwitch,Translate",
                "--force-renderer-accessibility", "--kiosk",
                "--user-data-dir=" + Path.Combine(temp.Path, "profile"),
                "--load-extension=" + extension, $"http://127.0.0.1:{pagePort}/orders"));
            try
            {
                // The extension reports the page once it has paired with the recorder's bridge.
                WaitFor(() => Events(dir).Any(e => e.Kind == EventKinds.Navigate), "the extension's first page action");
                Thread.Sleep(500);
                Click(300, 115);                      // into 'Card number'
                desktop.Run("xdotool", $"type --delay 20 \"{Card}\"");
                Click(300, 195);                      // into 'Password'
                desktop.Run("xdotool", $"type --delay 20 {Password}");
                Click(325, 292);                      // 'Save order': a click and the form's submit
                WaitFor(() => Events(dir).Any(e => e.Kind == EventKinds.FormSubmit), "the form submit");
                WaitFor(() => Events(dir).Any(e => e.Kind == EventKinds.Navigate && e.Url?.EndsWith("/saved", StringComparison.Ordinal) == true), "the saved page");
            }
            finally
            {
                chromium.Kill(true);
                chromium.WaitForExit(5000);
            }
        }

        var events = Events(dir);
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Equal(["browser"], events.Where(e => e.Kind == EventKinds.Navigate).Select(e => e.Source).Distinct());

        // Each click is one step: the desktop's click, its window and position, joined with the extension's element.
        var clicks = events.Where(e => e.Kind == EventKinds.Click).ToList();
        Assert.Equal(3, clicks.Count);
        Assert.All(clicks, c => Assert.Equal(("x11", "browser"), (c.Source, c.Attrs!.GetValueOrDefault("joined"))));
        Assert.Equal(["card", "pw", "save"], clicks.Select(c => c.TargetId));
        Assert.Equal(("button", "Save order"), (clicks[2].TargetRole, clicks[2].TargetName));
        Assert.Equal("password", clicks[1].TargetRole);
        foreach (var click in clicks)
        {
            int A(string key) => int.Parse(click.Attrs![key], CultureInfo.InvariantCulture);
            Assert.Equal($"screens/{click.Seq:D6}.png", click.Attrs!["screenshot"]);
            Assert.InRange(click.X!.Value - A("shot_x"), 0, A("shot_w") - 1);
            Assert.InRange(click.Y!.Value - A("shot_y"), 0, A("shot_h") - 1);
        }

        // The submit is a step of its own, with the page's form and a screenshot of the browser.
        var submit = Assert.Single(events, e => e.Kind == EventKinds.FormSubmit);
        Assert.Equal(("browser", "order", "/saved"), (submit.Source, submit.TargetId, submit.Attrs!["form_action"]));
        Assert.Equal($"screens/{submit.Seq:D6}.png", submit.Attrs["screenshot"]);
        Assert.True(submit.Seq > clicks[2].Seq);

        // One screenshot per step that has one: the pair of a desktop and a page click is shot once.
        var shots = events.Where(e => e.Attrs?.ContainsKey("screenshot") == true).ToList();
        Assert.Equal(4, shots.Count);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(dir, "screens")).Length);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "walkthrough.json"))).RootElement;
        Assert.Equal(4, manifest.GetProperty("screenshots").GetProperty("taken").GetInt32());
        Assert.Equal(0, manifest.GetProperty("screenshots").GetProperty("dropped").GetInt32());

        // Field changes from the page carry a count, never the value; the password field not even that.
        Assert.DoesNotContain(events, e => e.Value is not null);
        var changes = events.Where(e => e.Kind == EventKinds.TextInput && e.Source == "browser").ToList();
        Assert.Equal("19", Assert.Single(changes, e => e.TargetId == "card").Attrs!["chars"]);
        Assert.False(Assert.Single(changes, e => e.TargetId == "pw").Attrs!.ContainsKey("chars"));

        var secrets = new[] { Email, "jane.doe", Card, Card.Replace(" ", "", StringComparison.Ordinal), Password };
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var secret in secrets)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} in {file}");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) < 0, $"{secret} (UTF-16) in {file}");
            }
        }

        // On the pictures: the card number typed in full and the e-mail are unreadable; the labels are read.
        var pageText = TextImages.Squeeze(TextImages.ReadPng(File.ReadAllBytes(Path.Combine(dir, clicks[2].Attrs!["screenshot"]))));
        Assert.Contains("cardnumber", pageText, StringComparison.Ordinal);
        Assert.Contains("password", pageText, StringComparison.Ordinal);
        foreach (var shot in shots)
        {
            var text = shot == clicks[2] ? pageText : TextImages.Squeeze(TextImages.ReadPng(File.ReadAllBytes(Path.Combine(dir, shot.Attrs!["screenshot"]))));
            Assert.DoesNotContain("janedoe", text, StringComparison.Ordinal);
            Assert.DoesNotContain("examplecom", text, StringComparison.Ordinal);
            Assert.DoesNotContain("41111111", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_taken_bridge_port_stops_a_start_that_requires_it_and_is_a_warning_otherwise()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        using var temp = new TempDir();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        WalkthroughOptions Options(string name, bool require) => new()
        {
            Name = name, Directory = Path.Combine(temp.Path, name), Desktop = new X11SourceOptions { Display = desktop.Display, UseAccessibility = false },
            BridgePort = port, RequireBridge = require,
        };

        var error = Assert.Throws<InvalidOperationException>(() => WalkthroughRecorder.Start(Options("required", require: true)));
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "required", "walkthrough.json")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "required", "events.jsonl")));

        using var recorder = WalkthroughRecorder.Start(Options("optional", require: false));
        Assert.Equal(0, recorder.BridgePort);
        Assert.Contains($"no browser actions: cannot listen on 127.0.0.1:{port}", Assert.Single(recorder.Warnings), StringComparison.Ordinal);
    }
}
