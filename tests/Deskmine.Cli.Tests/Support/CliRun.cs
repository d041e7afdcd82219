namespace Deskmine.Cli.Tests.Support;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, TimeProvider.System, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with <paramref name="stdin"/> as standard input (passwords).</summary>
    public static CliRun WithInput(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new StringReader(stdin);
        var code = CliApp.Run(args, TimeProvider.System, stdout, stderr, input);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
