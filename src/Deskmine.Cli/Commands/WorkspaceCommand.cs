using System.CommandLine;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine workspace create DIR</c>: an empty workspace on DuckDB (default) or ClickHouse.</summary>
internal static class WorkspaceCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("workspace", "Manage workspaces: create one whose events live in DuckDB (a file in the folder) or in ClickHouse");
        command.Subcommands.Add(CreateCommand(context));
        return command;
    }

    private static Command CreateCommand(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The workspace folder (created)" };
        var engine = new Option<string>("--engine")
        {
            Description = "duckdb (one file in the folder) or clickhouse (a database on a ClickHouse server, sharded over its cluster)",
            DefaultValueFactory = _ => "duckdb",
            HelpName = "ENGINE",
        };
        var url = new Option<string?>("--url") { Description = "ClickHouse: HTTP address of the server, e.g. http://127.0.0.1:8123/ (user:password@ may precede the host)", HelpName = "URL" };
        var database = new Option<string?>("--database") { Description = "ClickHouse: database of the workspace (default deskmine)", HelpName = "NAME" };
        var cluster = new Option<string?>("--cluster") { Description = "ClickHouse: cluster whose shards hold the events (default: 'deskmine' when the server defines it, else the one server)", HelpName = "NAME" };
        var command = new Command("create", "Create an empty workspace; every command then takes -w DIR") { directory, engine, url, database, cluster };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            var info = WorkspaceCreation.Create(dir, parse.GetValue(engine)!, parse.GetValue(url), parse.GetValue(database), parse.GetValue(cluster), context.Time);
            var where = info.ClickHouse is { } ch
                ? $"ClickHouse {ch.Url}, database {ch.Database}, " + (ch.Cluster is null ? "one server" : $"cluster {ch.Cluster}")
                : "DuckDB";
            context.Out.WriteLine($"Created workspace {Path.GetFullPath(dir)} ({where})");
            return CliApp.Ok;
        });
        return command;
    }
}
