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

    [Theory]
    [InlineData("--min-group", "0", "--min-group must be at least 1, got 0")]
    [InlineData("--rate-limit", "-1", "--rate-limit must be 0 (no limit) or more, got -1")]
    [InlineData("--read-cache", "-5", "--read-cache must be 0 or more megabytes, got -5")]
    public void Numbers_out_of_range_are_usage_errors_naming_the_option_and_create_nothing(string option, string value, string message)
    {
        var dir = Path.Combine(Path.GetTempPath(), "deskmine-serve-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of("serve", "-w", dir, "--urls", "http://127.0.0.1:0", "--token", "a-device-token-0123456789", option, value);
        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
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
