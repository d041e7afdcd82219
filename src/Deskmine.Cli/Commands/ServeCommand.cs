using System.CommandLine;
using Deskmine.Privacy.Policies;
using Deskmine.Server;
using Deskmine.Server.Access;
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
        var dashboard = new Option<string?>("--dashboard") { Description = "Folder of the built dashboard (default: beside the program, else web/dashboard/dist)", HelpName = "DIR" };
        var rules = new Option<string?>("--rules") { Description = "Compliance rules (JSON) that GET /api/v1/compliance checks the workspace against", HelpName = "FILE" };
        var rulesClassifier = new Option<string>("--rules-classifier")
        {
            Description = "The classifier the rules name activities in (as compliance --classifier)",
            DefaultValueFactory = _ => "auto",
            HelpName = "FIELDS",
        };
        var assumptions = new Option<string?>("--assumptions") { Description = "Analysis assumptions file (as analyze --assumptions)", HelpName = "FILE" };
        var rate = new Option<int>("--rate-limit")
        {
            Description = "Requests per second per token on average (bursts up to four times as many); 0 turns limits off",
            DefaultValueFactory = _ => 100,
            HelpName = "N",
        };
        var k = new Option<int>("--min-group")
        {
            Description = "k-anonymity: groups with fewer people are folded or withheld in every answer",
            DefaultValueFactory = _ => 5,
            HelpName = "K",
        };
        var readCache = new Option<long?>("--read-cache")
        {
            Description = "Megabytes the read model may keep of logs read and filtered for maps (answers as sent are always kept); default a sixteenth of the memory",
            HelpName = "MB",
        };
        // Out-of-range numbers are usage errors rather than quietly raised to the nearest allowed value: a k of 0
        // would otherwise become 1 without a word, and a negative budget "keep nothing".
        rate.Validators.Add(r => AtLeast(r, r.GetValueOrDefault<int>(), 0, "--rate-limit must be 0 (no limit) or more"));
        k.Validators.Add(r => AtLeast(r, r.GetValueOrDefault<int>(), 1, "--min-group must be at least 1"));
        readCache.Validators.Add(r => AtLeast(r, r.GetValueOrDefault<long?>() ?? 0, 0, "--read-cache must be 0 or more megabytes"));
        var command = new Command("serve", "Run the server: agents upload into the workspace; the dashboard and the read API answer from it")
        {
            workspace, urls, token, tokensFile, policy, maxBody, dashboard, rules, rulesClassifier, assumptions, rate, k, readCache,
        };
        command.SetAction(parse =>
        {
            var tokens = new List<string>(parse.GetValue(token) ?? []);
            if (parse.GetValue(tokensFile) is { } file)
                tokens.AddRange(DeviceTokens.ReadFile(file));
            var dir = parse.GetValue(workspace)!;
            if (tokens.Count == 0 && !(AccessStore.Exists(dir) && AccessStore.Open(dir, context.Time).HasAnyCredential()))
            {
                throw new UsageException("no device token and no account: give --tokens-file FILE or --token TOKEN, add an account "
                    + "('deskmine users add NAME --role admin -w DIR') or enrol agents ('deskmine agents enroll -w DIR'); the server never accepts anonymous uploads.");
            }
            var rateLimit = parse.GetValue(rate);
            var options = new ServerOptions
            {
                Workspace = dir,
                Urls = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Tokens = tokens,
                MaxRequestBytes = parse.GetValue(maxBody),
                MaxJsonBytes = Math.Max(64L * 1024 * 1024, parse.GetValue(maxBody)),
                DashboardDirectory = parse.GetValue(dashboard),
                RulesFile = parse.GetValue(rules),
                RulesClassifier = parse.GetValue(rulesClassifier)!,
                AssumptionsFile = parse.GetValue(assumptions),
                RequestsPerSecond = rateLimit,
                RequestBurst = Math.Max(1, rateLimit * 4),
                MinGroupSize = parse.GetValue(k),
                // Megabytes to bytes; a count too large for bytes means no limit in practice.
                ReadCacheBytes = parse.GetValue(readCache) is { } mb ? Math.Min(mb, long.MaxValue >> 20) << 20 : null,
                Time = context.Time,
            };
            if (parse.GetValue(policy) is { } policyFile)
                options = options with { Policy = CapturePolicyLoader.Load(policyFile) };
            return Run(context, options);
        });
        return command;
    }

    /// <summary>Starts the server and blocks until Ctrl+C or SIGTERM; <paramref name="started"/> is told the addresses first.</summary>
    public static int Run(CliContext context, ServerOptions options, Action<IReadOnlyList<Uri>>? started = null)
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
            started?.Invoke(server.Addresses);
            context.Out.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return CliApp.Ok;
    }

    private static void AtLeast(System.CommandLine.Parsing.OptionResult result, long value, long least, string message)
    {
        if (value < least)
            result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{message}, got {value}"));
    }
}
