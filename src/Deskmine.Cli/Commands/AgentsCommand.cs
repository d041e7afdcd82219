using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Access;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine agents enroll|join</c>: on the server machine, issue an enrolment token; on the agent's machine,
/// exchange it for the device's own upload token.
/// </summary>
internal static class AgentsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("agents", "Enrol capture agents: enroll issues a single-use enrolment token, join exchanges it for a device token");
        command.Subcommands.Add(Enroll(context));
        command.Subcommands.Add(Join(context));
        return command;
    }

    private static Command Enroll(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var hours = new Option<double>("--valid-hours") { Description = "How long the enrolment token stays valid", DefaultValueFactory = _ => 24, HelpName = "HOURS" };
        var command = new Command("enroll", "Print a single-use enrolment token; an agent exchanges it for its device token ('deskmine agents join')") { workspace, hours };
        command.SetAction(parse =>
        {
            var validity = parse.GetValue(hours);
            if (!(validity > 0 && validity <= 24 * 365))
                throw new UsageException("--valid-hours must be above 0 and at most a year");
            var store = AccessStore.Open(parse.GetValue(workspace)!, context.Time);
            var token = store.IssueEnrolment(TimeSpan.FromHours(validity));
            store.Audit("cli", "enrolment.issued", null, $"valid {validity} h");
            context.Out.WriteLine(token);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Join(CliContext context)
    {
        var server = new Option<string>("--server") { Description = "Server URL", Required = true, HelpName = "URL" };
        var enrolment = new Option<string>("--enrolment") { Description = "The token of 'deskmine agents enroll'", Required = true, HelpName = "TOKEN" };
        var device = new Option<string>("--device") { Description = "A name for this device", DefaultValueFactory = _ => Environment.MachineName, HelpName = "NAME" };
        var tokenFile = new Option<string?>("--token-file") { Description = "Write the device token here (readable only by you) instead of printing it", HelpName = "FILE" };
        var command = new Command("join", "Exchange an enrolment token for this device's upload token") { server, enrolment, device, tokenFile };
        command.SetAction(parse =>
        {
            if (!Uri.TryCreate(parse.GetValue(server), UriKind.Absolute, out var uri))
                throw new UsageException($"--server: not an absolute URL: '{parse.GetValue(server)}'");
            using var http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(30) };
            using var response = http.PostAsJsonAsync("api/v1/agents/enroll", new Dictionary<string, string>
            {
                ["enrolment"] = parse.GetValue(enrolment)!,
                ["device"] = parse.GetValue(device)!,
            }).GetAwaiter().GetResult();
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                context.Error.WriteLine($"deskmine: the server refused the enrolment ({(int)response.StatusCode}): {Detail(body)}");
                return CliApp.BadInput;
            }
            var token = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
            if (parse.GetValue(tokenFile) is { } file)
            {
                File.WriteAllText(file, token + "\n");
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                context.Out.WriteLine($"device token written to {file}; run the agent with --server {uri} --token \"$(cat {file})\"");
            }
            else
            {
                context.Out.WriteLine(token);
            }
            return CliApp.Ok;
        });
        return command;
    }

    private static string Detail(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() ?? body;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
