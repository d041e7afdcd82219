using System.CommandLine;

namespace Deskmine.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them, with the words that call it.</summary>
internal static class CommandCatalog
{
    /// <summary>Each command's name and aliases, and how it is made; <c>CommandCatalogTests</c> keeps the words true.</summary>
    internal static readonly (string[] Words, Func<CliContext, Command> Create)[] Entries =
    [
        (["demo"], DemoCommand.Create),
        (["import"], ImportCommand.Create),
        (["export"], ExportCommand.Create),
        (["mine"], MineCommand.Create),
        (["tasks"], TasksCommand.Create),
        (["eval"], EvalCommand.Create),
        (["simulate"], SimulateCommand.Create),
        (["map"], MapCommand.Create),
        (["report"], ReportCommand.Create),
        (["analyze", "candidates", "roi"], AnalyzeCommand.Create),
        (["compliance"], ComplianceCommand.Create),
        (["model"], ModelCommand.Create),
        (["docs", "sop", "guide"], DocsCommand.Create),
        (["automate"], AutomateCommand.Create),
        (["bench"], BenchCommand.Create),
        (["agent"], AgentCommand.Create),
        (["walkthrough"], WalkthroughCommand.Create),
        (["serve"], ServeCommand.Create),
        (["users"], UsersCommand.Create),
        (["agents"], AgentsCommand.Create),
        (["workspace"], WorkspaceCommand.Create),
    ];

    public static IEnumerable<Command> All(CliContext context) => Entries.Select(entry => entry.Create(context));

    /// <summary>
    /// The commands a command line needs: when its first word calls a command, that command alone (making all of them
    /// took about a tenth of a short command's start-up); otherwise all, for the help, the version and the errors that
    /// list them.
    /// </summary>
    public static IEnumerable<Command> For(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count > 0)
        {
            foreach (var (words, create) in Entries)
            {
                if (Array.IndexOf(words, args[0]) >= 0)
                    return [create(context)];
            }
        }
        return All(context);
    }
}
