using System.Diagnostics;
using System.Text.Json;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary><c>deskmine walkthrough record|stop|pause|resume</c>: the interface outside scripts rely on, with the
/// recorder as a separate process on a real X server, stopped by the stop command.</summary>
public sealed class WalkthroughCommandTests
{
    [Fact]
    public void Stop_pause_and_resume_need_a_walkthrough_folder()
    {
        using var temp = new TempDir();

        var stop = CliRun.Of("walkthrough", "stop", "-o", temp.Path);
        var pause = CliRun.Of("walkthrough", "pause", "-o", temp.Path);

        Assert.Equal(CliApp.Usage, stop.ExitCode);
        Assert.Contains("no walkthrough in", stop.Error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Usage, pause.ExitCode);
    }

    [Fact]
    public void Stop_without_a_running_recorder_says_so_and_pause_sets_the_flag()
    {
        using var temp = new TempDir();
        File.WriteAllText(Path.Combine(temp.Path, "walkthrough.json"), """{"format":"deskmine-walkthrough/1","name":"x","started":"2026-12-05T13:20:00.000Z","status":"stopped"}""");

        var stop = CliRun.Of("walkthrough", "stop", "-o", temp.Path);
        Assert.Equal(CliApp.BadInput, stop.ExitCode);
        Assert.Contains("no walkthrough recorder runs", stop.Error, StringComparison.Ordinal);

        Assert.Equal(CliApp.Ok, CliRun.Of("walkthrough", "pause", "-o", temp.Path).ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, "paused")));
        Assert.Equal(CliApp.Ok, CliRun.Of("walkthrough", "resume", "-o", temp.Path).ExitCode);
        Assert.False(File.Exists(Path.Combine(temp.Path, "paused")));
    }

    [SkippableFact]
    public void Record_runs_until_stop_and_leaves_a_stopped_walkthrough_whose_guide_shows_the_screenshot()
    {
        string[] needed = ["Xvfb", "xterm", "xdotool", "tesseract"];
        var missing = needed.Where(p => Which(p) is null).ToList();
        Skip.If(!OperatingSystem.IsLinux() || missing.Count > 0, $"not installed: {string.Join(", ", missing)} (run scripts/ensure-desktop-test-deps.sh)");
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "wt");
        var display = ":" + FreeDisplay();
        var processes = new List<Process>();
        try
        {
            processes.Add(Start("Xvfb", [display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"], display));
            WaitForDisplay(display);
            // No interactive shell: a shell's prompt (root's .bashrc under Debian) retitles the window "user@host: dir".
            string[] xtermArgs = ["-title", "wt-cli", "-geometry", "40x6+10+10", "-e", "sleep", "600"];
            var xterm = Start("xterm", xtermArgs, display);
            processes.Add(xterm);
            WaitUntil(() =>
            {
                // An xterm that lost a race with the X server's start exits at once: start another.
                if (xterm.HasExited)
                    processes.Add(xterm = Start("xterm", xtermArgs, display));
                return Run("xdotool", $"search --name ^wt-cli$", display).Trim().Length > 0;
            }, "xterm", 40);
            var recorder = Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "deskmine.dll"), "walkthrough", "record", "--name", "CLI walk", "-o", dir, "--no-accessibility"], display);
            processes.Add(recorder);
            WaitUntil(() => File.Exists(Path.Combine(dir, "pid")), "the recorder");
            Thread.Sleep(500);
            Run("xdotool", "mousemove 60 40 click 1", display);
            Thread.Sleep(300);

            var stop = CliRun.Of("walkthrough", "stop", "-o", dir);

            Assert.True(stop.ExitCode == CliApp.Ok, stop.Error);
            Assert.Contains("walkthrough 'CLI walk' stopped: 1 screenshots stored", stop.Out, StringComparison.Ordinal);
            Assert.True(recorder.WaitForExit(10_000));
            Assert.Equal(0, recorder.ExitCode);
            Assert.False(File.Exists(Path.Combine(dir, "pid")));
            var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "walkthrough.json"))).RootElement;
            Assert.Equal("stopped", manifest.GetProperty("status").GetString());
            var click = File.ReadAllLines(Path.Combine(dir, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
                .Single(e => e.GetProperty("kind").GetString() == "click");
            var screenshot = click.GetProperty("attrs").GetProperty("screenshot").GetString()!;
            Assert.True(new FileInfo(Path.Combine(dir, screenshot)).Length > 100);

            // The guide of what was recorded: the click is a numbered step with its screenshot, linked and embedded.
            var output = Path.Combine(temp.Path, "guide");
            var guide = CliRun.Of("walkthrough", "guide", dir, "-o", output);
            Assert.True(guide.ExitCode == CliApp.Ok, guide.Error);
            Assert.Contains("CLI walk: ", guide.Out, StringComparison.Ordinal);
            Assert.Contains(" 1 screenshots, 0 edited titles kept", guide.Out, StringComparison.Ordinal);
            var md = File.ReadAllText(Path.Combine(output, "guide.md"));
            Assert.StartsWith("# CLI walk", md, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^## 1\. Click in Xterm – wt.cli$", md);
            var linked = System.Text.RegularExpressions.Regex.Match(md, @"\]\((screens/step-\d{3}\.png)\)");
            Assert.True(linked.Success, md);
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, screenshot)), File.ReadAllBytes(Path.Combine(output, linked.Groups[1].Value)));
            var html = File.ReadAllText(Path.Combine(output, "guide.html"));
            Assert.Contains("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
            Assert.Contains("class=\"mark\"", html, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var p in Enumerable.Reverse(processes))
            {
                if (!p.HasExited)
                    p.Kill(true);
                p.WaitForExit(2000);
                p.Dispose();
            }
        }
    }

    private const string Email = "jane.doe@example.com";
    private const string Card = "4111 1111 1111 1111";
    private const string Password = "Hunter2Secret";

    // A form at fixed places: in kiosk mode a page point is the same screen point.
    private const string OrderPage = """
        <!doctype html><html><head><title>Orders - ACME</title><style>
        body { margin: 0; font: 18px 'DejaVu Sans', sans-serif; background: #fff; color: #000; }
        .at { position: absolute; }
        input { font: 18px 'DejaVu Sans', sans-serif; width: 300px; height: 30px; border: 1px solid #444; padding: 2px 6px; }
        button { font: 18px 'DejaVu Sans', sans-serif; width: 170px; height: 44px; background: #fff; border: 1px solid #444; }
        </style></head><body>
        <form id="order" action="/saved" method="post">
        <p class="at" style="left: 40px; top: 20px">Customer jane.doe@example.com</p>
        <label class="at" for="card" style="left: 40px; top: 110px">Card number</label>
        <input class="at" id="card" name="card" autocomplete="off" style="left: 240px; top: 100px">
        <label class="at" for="pw" style="left: 40px; top: 190px">Password</label>
        <input class="at" id="pw" name="pw" type="password" autocomplete="off" style="left: 240px; top: 180px">
        <button class="at" id="save" type="submit" aria-label="Save order" style="left: 240px; top: 270px">Save order</button>
        </form></body></html>
        """;

    [SkippableFact]
    public void A_recorded_browser_form_becomes_a_guide_in_step_order_and_no_planted_secret_is_in_any_file()
    {
        string[] needed = ["Xvfb", "xdotool", "tesseract", "chromium"];
        var missing = needed.Where(p => Which(p) is null).ToList();
        Skip.If(!OperatingSystem.IsLinux() || missing.Count > 0, $"not installed: {string.Join(", ", missing)} (run scripts/ensure-desktop-test-deps.sh)");
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "wt");
        var display = ":" + FreeDisplay();
        var bridgePort = FreePort();
        var pagePort = FreePort();
        var extension = Path.Combine(temp.Path, "extension");
        Directory.CreateDirectory(extension);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "extension")))
            File.Copy(file, Path.Combine(extension, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(extension, "config.js"), $"export const DESKMINE_PORT = {bridgePort};\n");
        using var site = new System.Net.HttpListener();
        site.Prefixes.Add($"http://127.0.0.1:{pagePort}/");
        site.Start();
        _ = Task.Run(async () =>
        {
            while (site.IsListening)
            {
                try
                {
                    var ctx = await site.GetContextAsync();
                    await ctx.Request.InputStream.CopyToAsync(Stream.Null);
                    var body = System.Text.Encoding.UTF8.GetBytes(ctx.Request.Url!.AbsolutePath == "/saved"
                        ? "<!doctype html><title>Saved - ACME</title><p>Order saved</p>" : OrderPage);
                    ctx.Response.ContentType = "text/html; charset=utf-8";
                    ctx.Response.OutputStream.Write(body);
                    ctx.Response.Close();
                }
                catch (Exception ex) when (ex is System.Net.HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });
        var processes = new List<Process>();
        try
        {
            processes.Add(Start("Xvfb", [display, "-screen", "0", "800x600x24", "-nolisten", "tcp"], display));
            WaitForDisplay(display);
            var recorder = Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "deskmine.dll"), "walkthrough", "record", "--name", "Enter an order", "-o", dir,
                "--no-accessibility", "--bridge-port", bridgePort.ToString(System.Globalization.CultureInfo.InvariantCulture)], display);
            processes.Add(recorder);
            WaitUntil(() => File.Exists(Path.Combine(dir, "pid")), "the recorder");
            processes.Add(Start("chromium", [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--password-store=basic",
                "--disable-dev-shm-usage", "--disable-features=DisableLoadExtensionCommandLineSwitch,Translate", "--kiosk",
                "--user-data-dir=" + Path.Combine(temp.Path, "profile"), "--load-extension=" + extension, $"http://127.0.0.1:{pagePort}/orders"], display));
            string Events() => File.Exists(Path.Combine(dir, "events.jsonl")) ? File.ReadAllText(Path.Combine(dir, "events.jsonl")) : "";
            WaitUntil(() => Events().Contains("\"kind\":\"navigate\"", StringComparison.Ordinal), "the extension's first page action", 40);
            Thread.Sleep(500);
            void Click(int x, int y)
            {
                Run("xdotool", $"mousemove {x} {y} click 1", display);
                Thread.Sleep(500);
            }
            Click(300, 115);
            Run("xdotool", $"type --delay 20 \"{Card}\"", display);
            Click(300, 195);
            Run("xdotool", $"type --delay 20 {Password}", display);
            Click(325, 292);
            WaitUntil(() => Events().Contains("\"kind\":\"form_submit\"", StringComparison.Ordinal), "the form submit", 40);

            var stop = CliRun.Of("walkthrough", "stop", "-o", dir);
            Assert.True(stop.ExitCode == CliApp.Ok, stop.Error);
            Assert.True(recorder.WaitForExit(10_000));
            var output = Path.Combine(temp.Path, "guide");
            var guide = CliRun.Of("walkthrough", "guide", dir, "-o", output);
            Assert.True(guide.ExitCode == CliApp.Ok, guide.Error);

            // The guide: the three clicks (named by the page's elements) and the submit, in order, each with its
            // redacted screenshot copied unchanged.
            var md = File.ReadAllText(Path.Combine(output, "guide.md"));
            var steps = System.Text.RegularExpressions.Regex.Matches(md, @"(?m)^## \d+\. (.+)$").Select(m => m.Groups[1].Value).ToList();
            int At(string text) => steps.FindIndex(t => t.Contains(text, StringComparison.Ordinal));
            var card = At("'card'");
            var pw = At("'pw'");
            var save = At("'Save order'");
            var submit = steps.FindIndex(t => t.StartsWith("Submit", StringComparison.Ordinal));
            Assert.True(card >= 0 && card < pw && pw < save && save < submit, string.Join(" | ", steps));
            var shots = System.Text.RegularExpressions.Regex.Matches(md, @"\]\((screens/step-\d{3}\.png)\)").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(4, shots.Count);
            var recorded = Directory.GetFiles(Path.Combine(dir, "screens")).Select(File.ReadAllBytes).ToList();
            Assert.Equal(4, recorded.Count);
            Assert.All(shots, s => Assert.Contains(recorded, r => r.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, s)))));
            Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(output, "guide.html")), "src=\"data:image/png;base64,").Count);

            // No planted secret in the bytes of any file of the walkthrough or its guide.
            var secrets = new[] { Email, "jane.doe", Card, Card.Replace(" ", "", StringComparison.Ordinal), Password };
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)))
            {
                var bytes = File.ReadAllBytes(file);
                foreach (var secret in secrets)
                {
                    Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} in {file}");
                    Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(secret)) < 0, $"{secret} (UTF-16) in {file}");
                }
            }
        }
        finally
        {
            foreach (var p in Enumerable.Reverse(processes))
            {
                if (!p.HasExited)
                    p.Kill(true);
                p.WaitForExit(2000);
                p.Dispose();
            }
        }
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Deskmine.slnx")))
            d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static Process Start(string program, string[] args, string display)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["DISPLAY"] = display;
        info.Environment.Remove("DBUS_SESSION_BUS_ADDRESS");
        var p = Process.Start(info)!;
        p.ErrorDataReceived += (_, _) => { };
        p.OutputDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return p;
    }

    private static string Run(string program, string args, string display)
    {
        var info = new ProcessStartInfo(program, args) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DISPLAY"] = display;
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit(10_000);
        return output;
    }

    /// <summary>Waits until the X server answers a client: its socket appears before it accepts connections.</summary>
    private static void WaitForDisplay(string display) =>
        WaitUntil(() => File.Exists($"/tmp/.X11-unix/X{display[1..]}") && Run("xdotool", "getdisplaygeometry", display).Trim().Length > 0, "Xvfb", 40);

    private static void WaitUntil(Func<bool> condition, string what, int seconds = 20)
    {
        var until = Environment.TickCount64 + seconds * 1000L;
        while (!condition())
        {
            if (Environment.TickCount64 > until)
                throw new TimeoutException($"{what} did not come up");
            Thread.Sleep(100);
        }
    }

    private static int FreeDisplay()
    {
        for (var n = 200 + Environment.ProcessId % 50; ; n++)
        {
            if (!File.Exists($"/tmp/.X{n}-lock") && !File.Exists($"/tmp/.X11-unix/X{n}"))
                return n;
        }
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
