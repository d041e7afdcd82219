using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Help_lists_every_command_and_exits_zero()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(CliApp.Ok, run.ExitCode);
        foreach (var command in new[] { "import", "export", "mine", "eval", "map", "simulate", "report", "demo", "bench" })
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("mine")]
    [InlineData("eval")]
    [InlineData("map")]
    [InlineData("simulate")]
    [InlineData("report")]
    [InlineData("demo")]
    [InlineData("bench")]
    public void Every_command_has_help(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains(command, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var run = CliRun.Of("map", "x", "--no-such-option");

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
    }
}
