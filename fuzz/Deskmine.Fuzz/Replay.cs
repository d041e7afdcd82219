namespace Deskmine.Fuzz;

/// <summary>Runs saved inputs (a corpus, the fuzzer's crashes) through a target in this process and reports each
/// finding with its exception, so a crash can be read, fixed and kept as a regression input.</summary>
internal static class Replay
{
    /// <summary>The findings of <paramref name="target"/> on every file under <paramref name="paths"/>.</summary>
    public static IReadOnlyList<(string File, Exception Error)> Run(FuzzTarget target, IEnumerable<string> paths)
    {
        var findings = new List<(string, Exception)>();
        foreach (var file in Files(paths))
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Every exception that escapes a target is a finding to report.
            catch (Exception e)
#pragma warning restore CA1031
            {
                findings.Add((file, e));
            }
        }
        return findings;
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(IsInput).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[p]);

    // AFL++ keeps notes beside its crashes (README.txt) and hidden state files; they are not inputs.
    private static bool IsInput(string file) =>
        !Path.GetFileName(file).StartsWith('.') && !file.EndsWith("README.txt", StringComparison.Ordinal);
}
