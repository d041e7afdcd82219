using System.Diagnostics;

namespace Deskmine.Reporting.Tests.Browser;

/// <summary>Runs Debian's headless Chromium on a local file, offline, with a throw-away profile.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>Loads the page, lets it run for up to ten seconds of virtual time, and returns the DOM as HTML.</summary>
    public static string DumpDom(string htmlFile) => Run(htmlFile, "--dump-dom");

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
