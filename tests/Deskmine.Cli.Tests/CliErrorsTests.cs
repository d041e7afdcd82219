using Deskmine.Cli.Tests.Support;
using Deskmine.Core.Errors;

namespace Deskmine.Cli.Tests;

public sealed class CliErrorsTests
{
    [Fact]
    public void A_defect_is_one_line_with_the_command_and_exit_code_3()
    {
        // The exception the issue saw from 'export' on a workspace with a timestamp past year 9999.
        var defect = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new DateTimeOffset(DateTime.MaxValue.Ticks + 1, TimeSpan.Zero));
        using var stderr = new StringWriter();

        var code = CliErrors.Report(defect, "export", stderr);

        Assert.Equal(CliApp.Failure, code);
        var text = stderr.ToString().TrimEnd();
        Assert.DoesNotContain('\n', text);
        Assert.StartsWith("deskmine: unexpected error in 'export': ArgumentOutOfRangeException:", text, StringComparison.Ordinal);
        Assert.Contains(CliApp.TraceVariable + "=1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_keeps_its_message_and_exit_code_1()
    {
        using var stderr = new StringWriter();

        var code = CliErrors.Report(new InputException("log.csv", 7, "ts", "not a time"), "import", stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("log.csv", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("7", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_into_a_missing_folder_is_one_line_naming_the_path()
    {
        using var dir = new TempDir();
        var ws = Path.Combine(dir.Path, "ws");
        Assert.Equal(CliApp.Ok, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "300").ExitCode);
        var target = Path.Combine(dir.Path, "no-such-folder", "events.csv");

        var run = CliRun.Of("export", "-w", ws, "-o", target);

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
