using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deskmine.Cli.Tests.Support;
using Deskmine.Core.Events;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>
/// One writer, many readers, with a real server process: while <c>deskmine serve</c> holds the workspace, the
/// CLI's read commands work on it (from the server's read snapshot) and agree with the API, and uploads reach them
/// after the next snapshot. Also the account commands the server relies on.
/// </summary>
public sealed class ServerReadersTests
{
    private const string Password = "a long enough password";
    private const string DeviceToken = "readers-device-token-88";

    [Fact]
    public async Task Read_commands_work_while_a_server_process_writes_the_workspace()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(CliApp.Ok, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "2", "--people-per-team", "1").ExitCode);
        Assert.Equal(CliApp.Ok, CliRun.Of("mine", "-w", ws).ExitCode);
        var added = CliRun.WithInput(Password + "\n", "users", "add", "boss", "--role", "admin", "-w", ws);
        Assert.True(added.ExitCode == CliApp.Ok, added.Error);

        using var server = ServerProcess.Start(ws, DeviceToken);
        using var http = new HttpClient { BaseAddress = server.Address };
        using (var login = await http.PostAsJsonAsync("api/v1/login", new { name = "boss", password = Password }))
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

        // A writing command is still refused; reading ones are not.
        Assert.NotEqual(CliApp.Ok, CliRun.Of("mine", "-w", ws).ExitCode);
        var map = CliRun.Of("map", ws, "--json", "--case", "segment");
        Assert.True(map.ExitCode == CliApp.Ok, map.Error);
        var apiMap = await http.GetFromJsonAsync<JsonElement>("api/v1/map?case=segment");
        Assert.Equal(apiMap.GetProperty("num_events").GetInt64(), JsonDocument.Parse(map.Out).RootElement.GetProperty("num_events").GetInt64());
        var analyze = CliRun.Of("analyze", "-w", ws, "--json");
        Assert.True(analyze.ExitCode == CliApp.Ok, analyze.Error);
        Assert.Equal((await http.GetFromJsonAsync<JsonElement>("api/v1/candidates")).GetArrayLength(),
            JsonDocument.Parse(analyze.Out).RootElement.GetProperty("candidates").GetArrayLength());
        var report = CliRun.Of("report", "-w", ws, "-o", dir.File("report.html"));
        Assert.True(report.ExitCode == CliApp.Ok, report.Error);
        var export = CliRun.Of("export", "-w", ws, "-o", dir.File("events.csv"));
        Assert.True(export.ExitCode == CliApp.Ok, export.Error);

        // Uploads reach the readers with the next snapshot.
        var before = JsonDocument.Parse(CliRun.Of("map", ws, "--json", "--case", "session").Out).RootElement.GetProperty("num_events").GetInt64();
        using var device = new HttpClient { BaseAddress = server.Address };
        device.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DeviceToken);
        var events = Enumerable.Range(0, 25).Select(i => new UiEvent
        {
            Id = Guid.CreateVersion7(), Session = "uploaded", Seq = i, Ts = 1_700_000_000_000_000 + (i * 1000), Source = "x11", Kind = EventKinds.Click, App = "editor",
        });
        var body = "{\"device\":\"d\",\"events\":[" + string.Join(',', events.Select(e => Encoding.UTF8.GetString(UiEventJson.ToUtf8(e)))) + "]}";
        using (var upload = await device.PostAsync("api/v1/events", new StringContent(body, Encoding.UTF8, "application/json")))
            upload.EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        long after;
        do
        {
            await Task.Delay(500);
            after = JsonDocument.Parse(CliRun.Of("map", ws, "--json", "--case", "session").Out).RootElement.GetProperty("num_events").GetInt64();
        }
        while (after == before && clock.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Equal(before + 25, after);
    }

    [Fact]
    public void Users_add_reads_the_password_from_standard_input_and_refuses_short_ones_and_duplicates()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(CliApp.Usage, CliRun.WithInput("short\n", "users", "add", "ann", "--role", "viewer", "-w", ws).ExitCode);
        Assert.Equal(CliApp.Usage, CliRun.WithInput("", "users", "add", "ann", "--role", "viewer", "-w", ws).ExitCode);
        Assert.Equal(CliApp.Usage, CliRun.WithInput(Password + "\n", "users", "add", "ann", "--role", "boss", "-w", ws).ExitCode);
        Assert.Equal(CliApp.Ok, CliRun.WithInput(Password + "\n", "users", "add", "ann", "--role", "viewer", "--person", "u_1234", "-w", ws).ExitCode);
        var again = CliRun.WithInput(Password + "\n", "users", "add", "ann", "--role", "admin", "-w", ws);
        Assert.Equal(CliApp.Usage, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
        var list = CliRun.Of("users", "list", "-w", ws);
        Assert.Equal("ann\tviewer\tu_1234", list.Out.Trim());
        Assert.DoesNotContain(Password, File.ReadAllText(Path.Combine(ws, "access.sqlite"), Encoding.Latin1), StringComparison.Ordinal);
        var token = CliRun.Of("agents", "enroll", "-w", ws).Out.Trim();
        Assert.StartsWith("dme_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, File.ReadAllText(Path.Combine(ws, "access.sqlite"), Encoding.Latin1), StringComparison.Ordinal);
    }

    /// <summary><c>deskmine serve</c> in a child process, stopped (SIGTERM, then kill) on dispose.</summary>
    private sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static ServerProcess Start(string workspace, string token)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "deskmine.dll"), "serve", "-w", workspace, "--urls", "http://127.0.0.1:0", "--token", token })
                start.ArgumentList.Add(arg);
            var process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var line = process.StandardOutput.ReadLine();
            if (line is null || !line.StartsWith("listening on ", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"the server did not start: '{line}'");
            }
            return new ServerProcess(process, new Uri(line["listening on ".Length..]));
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                term.WaitForExit();
            }
            if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
                _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}
