using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Spool;
using Deskmine.Core.Events;
using Deskmine.Cli.Terminal;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine agent run|pause|resume|status|show</c>: the capture agent and the employee's controls.</summary>
internal static class AgentCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("agent", "Record desktop and browser actions (run), and the employee's controls: pause, resume, status, show");
        command.Subcommands.Add(Run(context));
        command.Subcommands.Add(Pause(context));
        command.Subcommands.Add(Resume(context));
        command.Subcommands.Add(Status(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static Option<string> SpoolOption() =>
        new("--spool") { Description = "Spool directory of the agent", Required = true, HelpName = "DIR" };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON" };

    private static Command Run(CliContext context)
    {
        var policy = new Option<string>("--policy") { Description = "Capture policy file (JSON; {} records everything with the default protections)", Required = true, HelpName = "FILE" };
        var spool = SpoolOption();
        var server = new Option<string?>("--server") { Description = "Ingest server URL to upload to", HelpName = "URL" };
        var token = new Option<string?>("--token") { Description = "Device token for --server", HelpName = "T" };
        var port = new Option<int>("--bridge-port")
        {
            Description = "Port on 127.0.0.1 for the browser extension (0: off)",
            DefaultValueFactory = _ => Capture.Sources.Browser.BrowserBridgeOptions.DefaultPort,
        };
        var noDesktop = new Option<bool>("--no-desktop") { Description = "Do not record the desktop (the X display when DISPLAY is set; the Windows desktop on Windows)" };
        var command = new Command("run", "Record until SIGTERM or SIGINT, then flush to the spool") { policy, spool, server, token, port, noDesktop };
        command.SetAction(parse =>
        {
            var serverText = parse.GetValue(server);
            Uri? serverUri = null;
            if (serverText is not null && !Uri.TryCreate(serverText, UriKind.Absolute, out serverUri))
                throw new UsageException($"--server: not an absolute URL: '{serverText}'");
            if (serverUri is not null && string.IsNullOrWhiteSpace(parse.GetValue(token)))
                throw new UsageException("--server needs --token");
            var options = new AgentOptions
            {
                PolicyPath = parse.GetValue(policy)!,
                SpoolDirectory = parse.GetValue(spool)!,
                Server = serverUri,
                ServerToken = parse.GetValue(token),
                BridgePort = parse.GetValue(port),
                RecordDesktop = !parse.GetValue(noDesktop) && (OperatingSystem.IsWindows() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))),
                Time = context.Time,
            };
            if (!File.Exists(options.PolicyPath))
                throw new UsageException($"--policy: file not found: {options.PolicyPath}");
            using var stop = new StopSignal();
            AgentHost host;
            try
            {
                host = AgentHost.Start(options);
            }
            catch (InvalidOperationException ex)
            {
                context.Error.WriteLine($"deskmine: agent cannot start: {ex.Message}");
                return CliApp.BadInput;
            }
            using (host)
            {
                context.Error.WriteLine($"deskmine agent: recording ({string.Join(", ", host.Sources)}), session {host.Session}; SIGTERM or Ctrl+C stops");
                host.RunAsync(stop.Token).GetAwaiter().GetResult();
            }
            var stats = host.Pipeline.Stats;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"deskmine agent: stopped; {stats.Stored:N0} events stored, {stats.Filtered:N0} dropped by the privacy filter, {stats.Paused:N0} discarded while paused"));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Pause(CliContext context)
    {
        var spool = SpoolOption();
        var command = new Command("pause", "Pause recording (nothing is recorded until resume)") { spool };
        command.SetAction(parse =>
        {
            new AgentControl(parse.GetValue(spool)!).Pause(context.Time.GetUtcNow());
            context.Out.WriteLine("recording paused");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Resume(CliContext context)
    {
        var spool = SpoolOption();
        var command = new Command("resume", "Resume recording") { spool };
        command.SetAction(parse =>
        {
            new AgentControl(parse.GetValue(spool)!).Resume();
            context.Out.WriteLine("recording resumed");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var spool = SpoolOption();
        var json = JsonOption();
        var command = new Command("status", "Whether the agent runs, is paused, and what it has stored") { spool, json };
        command.SetAction(parse =>
        {
            var control = new AgentControl(parse.GetValue(spool)!);
            var status = control.ReadStatus() ?? new AgentStatus { Paused = control.IsPaused };
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(status, CliAgentJson.Default.AgentStatus));
                return CliApp.Ok;
            }
            var state = !status.Running ? "not running" : status.Paused ? "paused" : "recording";
            context.Out.WriteLine($"agent: {state}{(status.Running ? $" (pid {status.Pid}, sources: {string.Join(", ", status.Sources)})" : "")}");
            if (status.Paused && !status.Running)
                context.Out.WriteLine("pause flag is set: recording stays paused when the agent starts");
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"events: {status.Stored:N0} stored, {status.Filtered:N0} dropped by the privacy filter, {status.DiscardedWhilePaused:N0} discarded while paused"));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var spool = SpoolOption();
        var json = JsonOption();
        var command = new Command("show", "Show the events in the spool (what would be uploaded)") { spool, json };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(spool)!;
            if (!File.Exists(Path.Combine(dir, SpoolOptions.FileName)))
                throw new UsageException($"--spool: no spool in {dir}");
            using var store = SqliteSpool.Open(dir);
            var events = store.ReadAll();
            if (parse.GetValue(json))
            {
                using var stdout = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
                {
                    writer.WriteStartArray();
                    foreach (var e in events)
                        UiEventJson.Write(writer, e);
                    writer.WriteEndArray();
                }
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return CliApp.Ok;
            }
            foreach (var e in events)
            {
                var time = e.Ts is { } ts ? Core.Timestamps.ToIso(ts) : "-";
                var target = e.TargetName is null ? "" : $" [{e.TargetRole} \"{e.TargetName}\"]";
                context.Out.WriteLine($"{time} {e.Source,-7} {e.Kind,-12} {e.App} | {e.Window}{(e.Url is null ? "" : " " + e.Url)}{target}");
            }
            context.Out.WriteLine($"{events.Count} events");
            return CliApp.Ok;
        });
        return command;
    }
}

/// <summary>Source-generated JSON for <c>agent status --json</c> (snake_case).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(AgentStatus))]
internal sealed partial class CliAgentJson : System.Text.Json.Serialization.JsonSerializerContext;
