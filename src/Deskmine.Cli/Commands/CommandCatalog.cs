using System.CommandLine;

namespace Deskmine.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        DemoCommand.Create(context),
        ImportCommand.Create(context),
        ExportCommand.Create(context),
        MineCommand.Create(context),
        TasksCommand.Create(context),
        EvalCommand.Create(context),
        SimulateCommand.Create(context),
        MapCommand.Create(context),
        ReportCommand.Create(context),
        AnalyzeCommand.Create(context),
        ComplianceCommand.Create(context),
        DocsCommand.Create(context),
        AutomateCommand.Create(context),
        BenchCommand.Create(context),
        AgentCommand.Create(context),
        ServeCommand.Create(context),
        UsersCommand.Create(context),
        AgentsCommand.Create(context),
        new Command("walkthrough", "Record one task on purpose and turn it into a guide") { WalkthroughGuideCommand.Guide(context) },
    ];
}
