using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_has_help_naming_its_options()
    {
        var run = CliRun.Of("serve", "--help");
        Assert.Equal(CliApp.Ok, run.ExitCode);
        foreach (var option in new[] { "--urls", "--tokens-file", "--token", "--policy", "--max-body" })
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_without_a_token_is_a_usage_error_and_creates_nothing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "deskmine-serve-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of("serve", "-w", dir, "--urls", "http://127.0.0.1:0");
        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("no device token", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_token_file_with_a_bad_line_is_bad_input_naming_the_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "ok-token\nnot ok\n");
            var run = CliRun.Of("serve", "--tokens-file", file);
            Assert.Equal(CliApp.BadInput, run.ExitCode);
            Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
