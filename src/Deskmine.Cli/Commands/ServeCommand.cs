using System.CommandLine;
using Deskmine.Privacy.Policies;
using Deskmine.Server;
using Deskmine.Server.Auth;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine serve</c>: the ingest server over one workspace, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (port 0 picks a free one)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
            HelpName = "URLS",
        };
        var token = new Option<string[]>("--token")
        {
            Description = "A device token to accept (repeatable); prefer --tokens-file, command lines are visible to other users",
            HelpName = "TOKEN",
            AllowMultipleArgumentsPerToken = false,
        };
        var tokensFile = new Option<string?>("--tokens-file") { Description = "File with one device token per line (# comments)", HelpName = "FILE" };
        var policy = new Option<string?>("--policy") { Description = "Capture policy applied again on the server (default: detectors and templating, no pseudonyms)", HelpName = "FILE" };
        var maxBody = new Option<long>("--max-body")
        {
            Description = "Largest request body in bytes",
            DefaultValueFactory = _ => 8L * 1024 * 1024,
            HelpName = "BYTES",
        };
        var command = new Command("serve", "Run the ingest server: agents upload their spooled events into the workspace")
        {
            workspace, urls, token, tokensFile, policy, maxBody,
        };
        command.SetAction(parse =>
        {
            var tokens = new List<string>(parse.GetValue(token) ?? []);
            if (parse.GetValue(tokensFile) is { } file)
                tokens.AddRange(DeviceTokens.ReadFile(file));
            if (tokens.Count == 0)
                throw new UsageException("no device token: give --tokens-file FILE or --token TOKEN; the server never accepts anonymous uploads.");
            var options = new ServerOptions
            {
                Workspace = parse.GetValue(workspace)!,
                Urls = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Tokens = tokens,
                MaxRequestBytes = parse.GetValue(maxBody),
                MaxJsonBytes = Math.Max(64L * 1024 * 1024, parse.GetValue(maxBody)),
            };
            if (parse.GetValue(policy) is { } policyFile)
                options = options with { Policy = CapturePolicyLoader.Load(policyFile) };
            return Run(context, options);
        });
        return command;
    }

    private static int Run(CliContext context, ServerOptions options)
    {
        IngestServer server;
        try
        {
            server = IngestServer.StartAsync(options).GetAwaiter().GetResult();
        }
        catch (WorkspaceLockedException e)
        {
            throw new WorkspaceProblemException(e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        try
        {
            foreach (var address in server.Addresses)
                context.Out.WriteLine($"listening on {address}");
            context.Out.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return CliApp.Ok;
    }
}
