using System.Diagnostics;
using System.Text;

namespace Deskmine.Dashboard.Tests.Support;

/// <summary>The real <c>deskmine</c> command (built beside the tests) run as a child process.</summary>
internal static class DeskmineCommand
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "deskmine.dll");

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) with <paramref name="input"/> on standard input.</summary>
    public static (int Code, string Out, string Error) Run(string[] args, string input = "", TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("deskmine did not start");
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"deskmine {string.Join(' ', args)} did not finish in time");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs and fails with the command's own error output when it does not exit with 0.</summary>
    public static string Check(string[] args, string input = "")
    {
        var (code, stdout, stderr) = Run(args, input);
        if (code != 0)
            throw new InvalidOperationException($"deskmine {string.Join(' ', args)} exited with {code}: {stderr}{stdout}");
        return stdout;
    }
}
