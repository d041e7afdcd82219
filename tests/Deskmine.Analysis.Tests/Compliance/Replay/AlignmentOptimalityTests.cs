using Deskmine.Analysis.Compliance.Bpmn;

namespace Deskmine.Analysis.Tests.Compliance.Replay;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

/// <summary>
/// Alignment costs against a brute force: with the standard cost function the optimal cost of a trace t is the
/// least |t| + |σ| − 2·LCS(t, σ) over the model's runs σ, which small models let us enumerate.
/// </summary>
public sealed class AlignmentOptimalityTests
{
    [Theory]
    [InlineData("parallel")]
    [InlineData("loop")]
    [InlineData("inclusive")]
    public void Costs_equal_the_brute_force_optimum_on_random_traces(string name)
    {
        var (model, language) = name switch
        {
            "parallel" => (Models.SplitJoin("parallelGateway"), new[] { "abcd", "acbd" }),
            "inclusive" => (Models.SplitJoin("inclusiveGateway"), new[] { "abd", "acd", "abcd", "acbd" }),
            _ => (Models.Loop(), Enumerable.Range(0, 10).Select(k => "a" + new string('b', k) + "c").ToArray()),
        };
        var random = new Random(42);
        var traces = Enumerable.Range(0, 150)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 7)).Select(_ => "abcdx"[random.Next(5)])]))
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();
        var log = ComplianceData.Traces([.. traces.Select(t => t.Select(c => c.ToString()).ToArray())]);

        var result = Compliance.CheckModel(log, BpmnModel.Parse(model));

        var costs = result.Fitness.Single().PerCase.Select(c => c.Cost).ToList();
        var expected = traces.Select(t => language.Min(s => t.Length + s.Length - 2 * Lcs(t, s))).ToList();
        Assert.Equal(expected, costs);
    }

    private static int Lcs(string x, string y)
    {
        var table = new int[x.Length + 1, y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
                table[i, j] = x[i - 1] == y[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
        }
        return table[x.Length, y.Length];
    }
}
