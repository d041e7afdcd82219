using System.Diagnostics;
using System.Globalization;
using Deskmine.Core.Errors;

namespace Deskmine.Cli.Commands;

/// <summary>Makes the synthetic benchmark CSV with the shared generator (Python with numpy and pandas from Debian).</summary>
internal static class BenchInputs
{
    public static string Synthetic(int cases, string workDir, CliContext context)
    {
        var path = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"synthetic-{cases}.csv"));
        if (File.Exists(path))
            return path;
        var generator = FindGenerator() ?? throw new InputException("../shared/bench/gen_synthetic.py", null, null,
            "the benchmark generator is not beside this checkout; pass --input FILE with a case_id,activity,timestamp,resource CSV");
        context.Error.WriteLine($"bench: generating {cases:N0} cases with {generator} …");
        var start = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false };
        foreach (var arg in new[] { generator, cases.ToString(CultureInfo.InvariantCulture), path + ".tmp" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/python3");
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InputException(generator, null, null, $"the generator failed (exit {process.ExitCode}); it needs Debian's python3-numpy and python3-pandas (scripts/ensure-bench-deps.sh installs them)");
        File.Move(path + ".tmp", path);
        return path;
    }

    private static string? FindGenerator()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "bench", "gen_synthetic.py");
                if (File.Exists(candidate))
                    return candidate;
                if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
                {
                    candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench", "gen_synthetic.py"));
                    if (File.Exists(candidate))
                        return candidate;
                }
            }
        }
        return null;
    }
}
