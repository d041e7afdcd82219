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
            WaitUntil(() => File.Exists($"/tmp/.X11-unix/X{display[1..]}"), "Xvfb");
            Thread.Sleep(300);
            processes.Add(Start("xterm", ["-title", "wt-cli", "-geometry", "40x6+10+10"], display));
            WaitUntil(() => Run("xdotool", $"search --name ^wt-cli$", display).Trim().Length > 0, "xterm");
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

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var until = Environment.TickCount64 + 20_000;
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
