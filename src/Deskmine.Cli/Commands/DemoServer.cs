using System.Security.Cryptography;
using Deskmine.Server;
using Deskmine.Server.Access;
using Deskmine.Workspaces.Demo;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine demo --serve</c>: an admin account on the fresh demo workspace, then the server until Ctrl+C.</summary>
internal static class DemoServer
{
    public const string AdminName = "admin";
    public const string PasswordVariable = "DESKMINE_ADMIN_PASSWORD";

    public static int Run(CliContext context, DemoRunResult demo, string urls)
    {
        var given = Environment.GetEnvironmentVariable(PasswordVariable);
        var password = string.IsNullOrEmpty(given) ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16) : given;
        var access = AccessStore.Open(demo.WorkspacePath, context.Time);
        try
        {
            access.AddUser(AdminName, Role.Admin, password);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{PasswordVariable}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
        access.Audit("cli", "user.added", AdminName, "admin (demo --serve)");
        var options = new ServerOptions
        {
            Workspace = demo.WorkspacePath,
            Urls = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            RulesFile = demo.RulesPath,
            RulesClassifier = DemoRun.RulesClassifier,
            RulesCaseNotion = Core.Logs.CaseNotions.Segment,
            Time = context.Time,
        };
        return ServeCommand.Run(context, options, addresses =>
        {
            context.Out.WriteLine($"Dashboard: {addresses[0]}");
            context.Out.WriteLine(string.IsNullOrEmpty(given)
                ? $"Log in as '{AdminName}' with password '{password}' (shown once; set {PasswordVariable} to choose it). Ctrl+C stops the server."
                : $"Log in as '{AdminName}' with the password from {PasswordVariable}. Ctrl+C stops the server.");
        });
    }
}
