using System.CommandLine;
using System.Globalization;
using Deskmine.Capture.Walkthrough;
using Deskmine.Cli.Terminal;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine walkthrough record|stop|pause|resume</c>: record one task on purpose, with redacted
/// screenshots, into a walkthrough folder (docs/walkthrough.md).</summary>
internal static class WalkthroughCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("walkthrough", "Record one task on purpose with redacted screenshots (record, stop, pause, resume) and turn it into a guide (guide)");
        // Recording: writes the walkthrough folder.
        command.Subcommands.Add(Record(context));
        command.Subcommands.Add(Stop(context));
        command.Subcommands.Add(Pause(context));
        command.Subcommands.Add(Resume(context));
        // Reading the folder: the guide (the reference procedure is `compliance --walkthrough DIR`).
        command.Subcommands.Add(WalkthroughGuideCommand.Guide(context));
        return command;
    }

    private static Option<string> FolderOption() =>
        new("--output", "-o") { Description = "Walkthrough folder", Required = true, HelpName = "DIR" };

    private static Command Record(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "What the walkthrough shows (the task's name)", Required = true, HelpName = "NAME" };
        var folder = FolderOption();
        var policy = new Option<string?>("--policy") { Description = "Capture policy file (default: the default protections)", HelpName = "FILE" };
        var noA11y = new Option<bool>("--no-accessibility") { Description = "Do not ask AT-SPI for element names and password fields" };
        var port = new Option<int>("--bridge-port")
        {
            Description = "Port on 127.0.0.1 for the browser extension's page actions (0: off; default 47800, the agent's: when that one is taken, the walkthrough records the desktop only)",
            DefaultValueFactory = _ => Capture.Sources.Browser.BrowserBridgeOptions.DefaultPort,
            HelpName = "N",
        };
        var command = new Command("record", "Record the X11 desktop and the browser extension's page actions into DIR until 'walkthrough stop -o DIR', SIGTERM or Ctrl+C")
        {
            name, folder, policy, noA11y, port,
        };
        command.SetAction(parse =>
        {
            var policyPath = parse.GetValue(policy);
            if (policyPath is not null && !File.Exists(policyPath))
                throw new UsageException($"--policy: file not found: {policyPath}");
            var options = new WalkthroughOptions
            {
                Name = parse.GetValue(name)!,
                Directory = parse.GetValue(folder)!,
                PolicyPath = policyPath,
                Desktop = new Capture.Sources.X11.X11SourceOptions { UseAccessibility = !parse.GetValue(noA11y) },
                BridgePort = parse.GetValue(port),
                // A port asked for by name must open; the default one may be held by the agent.
                RequireBridge = parse.GetResult(port) is { Implicit: false },
                Time = context.Time,
            };
            if (string.IsNullOrWhiteSpace(options.Name))
                throw new UsageException("--name: empty");
            if (options.BridgePort is < 0 or > 65535)
                throw new UsageException($"--bridge-port: {options.BridgePort} is not a port (0 turns the bridge off)");
            using var stop = new StopSignal();
            WalkthroughRecorder recorder;
            try
            {
                recorder = WalkthroughRecorder.Start(options);
            }
            catch (InvalidOperationException ex)
            {
                context.Error.WriteLine($"deskmine: walkthrough cannot start: {ex.Message}");
                return CliApp.BadInput;
            }
            using (recorder)
            {
                foreach (var warning in recorder.Warnings)
                    context.Error.WriteLine($"deskmine walkthrough: warning: {warning}");
                var browser = recorder.BridgePort == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (browser extension on 127.0.0.1:{recorder.BridgePort})");
                context.Error.WriteLine($"deskmine walkthrough: recording '{options.Name}' into {options.Directory}{browser}; 'deskmine walkthrough stop -o {options.Directory}' or Ctrl+C stops");
                recorder.RunAsync(stop.Token).GetAwaiter().GetResult();
                context.Error.WriteLine("deskmine walkthrough: stopping; redacting the last screenshots");
            }
            var shots = recorder.Shots;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"deskmine walkthrough: stopped; {recorder.Steps:N0} steps, {shots.Taken - shots.Dropped:N0} screenshots stored ({shots.Dropped:N0} dropped), {shots.RedactedBoxes:N0} boxes redacted"));
            return CliApp.Ok;
        });
        return command;
    }

    private static WalkthroughFolder ExistingFolder(string dir)
    {
        var folder = new WalkthroughFolder(dir);
        if (!File.Exists(folder.ManifestPath))
            throw new UsageException($"-o: no walkthrough in {dir} (no {WalkthroughFolder.ManifestFile})");
        return folder;
    }

    private static Command Stop(CliContext context)
    {
        var folder = FolderOption();
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the recorder to store its last screenshots", DefaultValueFactory = _ => 120, HelpName = "S" };
        var command = new Command("stop", "Stop the recorder writing DIR and wait until its last step is stored") { folder, timeout };
        command.SetAction(parse =>
        {
            var walkthrough = ExistingFolder(parse.GetValue(folder)!);
            if (!walkthrough.Stop(TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout)))))
            {
                context.Error.WriteLine($"deskmine: no walkthrough recorder runs on {walkthrough.Directory}");
                return CliApp.BadInput;
            }
            var manifest = walkthrough.ReadManifest();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"walkthrough '{manifest?.Name}' stopped: {manifest?.Screenshots.Taken - manifest?.Screenshots.Dropped} screenshots stored, {manifest?.Screenshots.Dropped} dropped, {manifest?.Screenshots.RedactedBoxes} boxes redacted"));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Pause(CliContext context)
    {
        var folder = FolderOption();
        var command = new Command("pause", "Pause recording (no step and no screenshot until resume)") { folder };
        command.SetAction(parse =>
        {
            ExistingFolder(parse.GetValue(folder)!).Pause();
            context.Out.WriteLine("walkthrough paused");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Resume(CliContext context)
    {
        var folder = FolderOption();
        var command = new Command("resume", "Resume recording") { folder };
        command.SetAction(parse =>
        {
            ExistingFolder(parse.GetValue(folder)!).Resume();
            context.Out.WriteLine("walkthrough resumed");
            return CliApp.Ok;
        });
        return command;
    }
}
