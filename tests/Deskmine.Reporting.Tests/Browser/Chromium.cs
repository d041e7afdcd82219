using System.Diagnostics;

namespace Deskmine.Reporting.Tests.Browser;

/// <summary>Runs Debian's headless Chromium on a local file, offline, with a throw-away profile.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>
    /// Loads the page, lets it run for up to ten seconds of virtual time, and returns the DOM as HTML once the map
    /// has been drawn (the canvas carries <c>data-layout-ms</c>) and the process model too where there is one. Virtual time does not wait for the Graphviz
    /// WebAssembly to compile, which on a loaded machine can take longer than the budget: a dump taken before the
    /// first drawing is retried, up to three loads, and the last one is returned for the test to judge.
    /// </summary>
    public static string DumpDom(string htmlFile)
    {
        var dom = string.Empty;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            dom = Run(htmlFile, "--dump-dom");
            if (IsDrawn(dom))
            {
                break;
            }
        }

        return dom;
    }

    /// <summary>The map is drawn (or failed with its error shown), and so is the process model where the page has one.</summary>
    private static bool IsDrawn(string dom)
    {
        var map = dom.Contains("data-layout-ms=", StringComparison.Ordinal) || dom.Contains("class=\"error\"", StringComparison.Ordinal);
        var model = !dom.Contains("id=\"model-canvas\"", StringComparison.Ordinal)
            || dom.Contains("data-shapes=", StringComparison.Ordinal) || dom.Contains("data-error=", StringComparison.Ordinal);
        return map && model;
    }

    /// <summary>Loads the page and saves a 1400×1000 screenshot to <paramref name="pngFile"/>.</summary>
    public static void Screenshot(string htmlFile, string pngFile, int width = 1400, int height = 1000) =>
        Run(htmlFile, $"--screenshot={pngFile}", $"--window-size={width},{height}", "--hide-scrollbars");

    private static string Run(string htmlFile, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("deskmine-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                $"--user-data-dir={profile.FullName}", "--virtual-time-budget=10000",
            })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var arg in extra)
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(htmlFile).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
