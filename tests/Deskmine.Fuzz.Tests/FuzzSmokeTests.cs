namespace Deskmine.Fuzz.Tests;

/// <summary>
/// Every fuzz target on its committed seeds, on the saved inputs of earlier findings (each fixed), and on a fixed set
/// of mutations of both: a deterministic, seconds-long slice of what <c>scripts/fuzz.sh</c> does for minutes.
/// </summary>
public sealed class FuzzSmokeTests
{
    private const int MutationsPerInput = 40;

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(t => t.Name)];

    [Fact]
    public void Every_target_has_a_seed_corpus()
    {
        foreach (var target in FuzzTargets.All)
            Assert.True(Inputs("corpus", target.Name).Any(), $"no seeds in fuzz/corpus/{target.Name}");
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Seeds_and_regression_inputs_end_the_documented_way(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var files = Inputs("corpus", name).Concat(Inputs("regressions", name)).ToList();

        var findings = Replay.Run(target, files);

        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Fixed_mutations_of_the_seeds_end_the_documented_way(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var findings = new List<string>();
        foreach (var file in Inputs("corpus", name).Concat(Inputs("regressions", name)))
        {
            var seed = File.ReadAllBytes(file);
            var random = new Random(StableHash(Path.GetFileName(file)));
            for (var i = 0; i < MutationsPerInput; i++)
            {
                var input = Mutations.Apply(seed, random);
                try
                {
                    target.Run(input);
                }
#pragma warning disable CA1031 // Every exception is a finding to report with its input.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    findings.Add($"{Path.GetFileName(file)} mutation {i} ({Convert.ToBase64String(input)}): {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(5)));
    }

    private static IEnumerable<string> Inputs(string kind, string target)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, kind, target);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal) : [];
    }

    private static string Describe(IReadOnlyList<(string File, Exception Error)> findings) =>
        string.Join("\n", findings.Select(f => $"{Path.GetFileName(f.File)}: {f.Error.GetType().Name}: {f.Error.Message}"));

    // string.GetHashCode differs per process; the mutations must not.
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
