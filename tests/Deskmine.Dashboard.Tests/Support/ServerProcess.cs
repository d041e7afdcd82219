using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Deskmine.Dashboard.Tests.Support;

/// <summary><c>deskmine serve</c> on a free port of 127.0.0.1, stopped (by its own process id) on dispose.</summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;

    private ServerProcess(Process process, Uri address, StringBuilder log)
    {
        _process = process;
        Address = address;
        _log = log;
    }

    public Uri Address { get; }

    /// <summary>What the server wrote so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public static ServerProcess Start(string workspace, string deviceToken)
    {
        var process = Process.Start(DeskmineCommand.StartInfo(
            "serve", "-w", workspace, "--urls", "http://127.0.0.1:0", "--token", deviceToken))
            ?? throw new InvalidOperationException("deskmine serve did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        void Read(string? line)
        {
            if (line is null)
                return;
            lock (log)
                log.AppendLine(line);
            if (Listening().Match(line) is { Success: true } m)
                listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        if (!listening.Task.Wait(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            string text;
            lock (log)
                text = log.ToString();
            throw new InvalidOperationException("deskmine serve did not say where it listens within 90 s:\n" + text);
        }
        return new ServerProcess(process, listening.Task.Result, log);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)/?", RegexOptions.IgnoreCase)]
    private static partial Regex Listening();
}
