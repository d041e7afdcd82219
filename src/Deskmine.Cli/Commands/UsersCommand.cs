using System.CommandLine;
using Deskmine.Server.Access;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine users add|list|remove</c>: the server's accounts (admin, analyst, viewer), kept in the workspace.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("users", "Accounts of the server's dashboard and API: add (password from standard input), list, remove");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Login name (letters, digits, '.', '_', '-')" };
        var role = new Option<string>("--role")
        {
            Description = "admin (everything, person-level rows, audit log), analyst (reads and changes task types) or viewer (group-level reads)",
            Required = true,
            HelpName = "ROLE",
        };
        role.AcceptOnlyFromAmong([.. Roles.Names]);
        var person = new Option<string?>("--person") { Description = "Pseudonym of the recorded employee this account belongs to (their page shows what was stored about them)", HelpName = "PSEUDONYM" };
        var workspace = CommonOptions.Workspace();
        var command = new Command("add", "Add an account; the password (at least 10 characters) is read from standard input") { name, role, person, workspace };
        command.SetAction(parse =>
        {
            Roles.TryParse(parse.GetValue(role), out var r);
            var password = ReadPassword(context);
            var store = AccessStore.Open(parse.GetValue(workspace)!, context.Time);
            try
            {
                var account = store.AddUser(parse.GetValue(name)!, r, password, parse.GetValue(person));
                store.Audit("cli", "user.added", account.Name, Roles.Name(account.Role));
                context.Out.WriteLine($"added {account.Name} ({Roles.Name(account.Role)}){(account.Person is { } p ? " linked to " + p : "")}");
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
            }
            return CliApp.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var command = new Command("list", "List the accounts: name, role, linked pseudonym") { workspace };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(workspace)!;
            if (!AccessStore.Exists(dir))
                return CliApp.Ok;
            foreach (var a in AccessStore.Open(dir, context.Time).Users())
                context.Out.WriteLine($"{a.Name}\t{Roles.Name(a.Role)}\t{a.Person ?? "-"}");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var workspace = CommonOptions.Workspace();
        var command = new Command("remove", "Remove an account and end its login sessions") { name, workspace };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(workspace)!;
            var who = parse.GetValue(name)!;
            if (!AccessStore.Exists(dir) || !AccessStore.Open(dir, context.Time).RemoveUser(who))
                throw new UsageException($"no account named '{who}' in {dir}");
            AccessStore.Open(dir, context.Time).Audit("cli", "user.removed", who);
            context.Out.WriteLine($"removed {who}");
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The first line of standard input; on a terminal, typed without echo after a prompt on standard error.</summary>
    private static string ReadPassword(CliContext context)
    {
        string? password;
        if (ReferenceEquals(context.In, Console.In) && !Console.IsInputRedirected)
        {
            context.Error.Write("Password: ");
            var typed = new System.Text.StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
                    typed.Length--;
                else if (!char.IsControl(key.KeyChar))
                    typed.Append(key.KeyChar);
            }
            context.Error.WriteLine();
            password = typed.ToString();
        }
        else
        {
            password = context.In.ReadLine();
        }
        if (string.IsNullOrEmpty(password))
            throw new UsageException("no password on standard input; e.g. 'printf %s \"$PASSWORD\" | deskmine users add NAME --role viewer -w DIR'");
        return password;
    }
}
