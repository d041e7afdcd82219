using System.Diagnostics;

namespace Deskmine.Analysis.Tests.Automation;

/// <summary>
/// Runs a generated starter folder with the Playwright test runner from web/automation (installed by
/// scripts/ensure-automation-deps.sh) and Debian's Chromium. Never downloads a browser.
/// </summary>
internal static class StarterRunner
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly Lazy<string?> Missing = new(Ensure);

    /// <summary>The repository root (the folder holding Deskmine.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Why starters cannot run here, or <c>null</c> when they can.</summary>
    public static string? SkipReason => Missing.Value;

    /// <summary>The shared data folder beside the repository, or <c>null</c>.</summary>
    public static string? SharedData
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>Runs <c>playwright test</c> in <paramref name="folder"/>; returns the exit code and the output.</summary>
    public static (int ExitCode, string Output) Run(string folder, IReadOnlyDictionary<string, string> environment)
    {
        var modules = Path.Combine(folder, "node_modules");
        if (!Directory.Exists(modules))
            Directory.CreateSymbolicLink(modules, Path.Combine(Root, "web", "automation", "node_modules"));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(modules, "@playwright", "test", "cli.js"), "test", "--config", Path.Combine(folder, "playwright.config.ts") })
            start.ArgumentList.Add(arg);
        start.Environment["CHROMIUM_PATH"] = Chromium;
        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        start.Environment["CI"] = "1";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("playwright test did not finish within 180 s:\n" + stdout.Result + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Ensure()
    {
        var script = Path.Combine(Root, "scripts", "ensure-automation-deps.sh");
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(script);
            using var process = Process.Start(start)!;
            var err = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                return $"node, npm, Chromium or the Playwright runner are missing and {script} could not install them: {err.Result.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"bash is not available to run {script}: {e.Message}";
        }
        return File.Exists(Chromium) ? null : $"Chromium is not installed at {Chromium}";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("the repository root (Deskmine.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
