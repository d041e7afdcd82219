using Deskmine.Core.Errors;
using Deskmine.Mining.Models;

namespace Deskmine.Mining.Tests.Models;

public sealed class InductiveMinerTests
{
    private static ProcessTree Mine(double noise, params string[] traces) =>
        ProcessTrees.Discover(traces.Select(t => (IReadOnlyList<string>)[.. t.Split(' ', StringSplitOptions.RemoveEmptyEntries)]),
            new InductiveMinerOptions { NoiseThreshold = noise });

    [Theory]
    [InlineData("'a'", "a", "a")]
    [InlineData("->( 'a', 'b', 'c' )", "a b c")]
    [InlineData("X( 'a', 'b' )", "a", "b")]
    [InlineData("->( 'a', +( 'b', 'c' ), 'd' )", "a b c d", "a c b d")]
    [InlineData("*( 'a', 'b' )", "a", "a b a", "a b a b a")]
    [InlineData("X( tau, 'a' )", "a", "")]
    [InlineData("->( 'a', X( tau, 'b' ), 'c' )", "a b c", "a c")]
    [InlineData("*( 'a', tau )", "a", "a a", "a a a")]
    public void Finds_the_cut_the_log_shows(string expected, params string[] traces) =>
        Assert.Equal(expected, Mine(0, traces).ToString());

    [Fact]
    public void Running_example_gives_the_tree_of_the_literature()
    {
        var tree = Mine(0,
            "register-request examine-thoroughly check-ticket decide reject-request",
            "register-request check-ticket examine-casually decide pay-compensation",
            "register-request examine-casually check-ticket decide reinitiate-request examine-thoroughly check-ticket decide pay-compensation",
            "register-request check-ticket examine-thoroughly decide reject-request",
            "register-request examine-casually check-ticket decide reinitiate-request check-ticket examine-casually decide reinitiate-request examine-casually check-ticket decide reject-request",
            "register-request check-ticket examine-casually decide reject-request");
        Assert.Equal(
            "->( 'register-request', *( ->( +( X( 'examine-thoroughly', 'examine-casually' ), 'check-ticket' ), 'decide' ), 'reinitiate-request' ), X( 'reject-request', 'pay-compensation' ) )",
            tree.ToString());
    }

    [Fact]
    public void Noise_drops_a_rare_edge_that_IM_must_keep()
    {
        // One case jumps from a to d: IM must join the two choices; IMf drops the edge a→d (1 < 0.2 × 50).
        var traces = Enumerable.Repeat("a b", 50).Concat(Enumerable.Repeat("c d", 50)).Append("a d").ToArray();
        Assert.NotEqual("X( ->( 'a', 'b' ), ->( 'c', 'd' ) )", Mine(0, traces).ToString());
        Assert.Equal("X( ->( 'a', 'b' ), ->( 'c', 'd' ) )", Mine(0.2, traces).ToString());
    }

    [Fact]
    public void Activity_once_per_trace_without_a_cut_runs_in_parallel()
    {
        // No cut on {a, b, c}: c occurs once in every trace, so it is taken out in parallel.
        var tree = Mine(0, "a b c", "c a b a b", "a c b");
        Assert.Equal(ProcessTreeOperator.Parallel, tree.Operator);
        Assert.Contains(tree.Children, c => c.Label == "c");
    }

    [Fact]
    public void No_structure_at_all_gives_the_flower()
    {
        var tree = Mine(0, "a b", "b a", "a a b b", "b");
        Assert.Equal(["a", "b"], tree.Activities());
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_noise_threshold_outside_0_to_1_is_refused(double noise)
    {
        var e = Assert.Throws<InputException>(() => Mine(noise, "a"));
        Assert.Contains("noise", e.Message, StringComparison.Ordinal);
    }
}
