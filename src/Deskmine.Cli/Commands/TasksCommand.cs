using System.CommandLine;
using Deskmine.Mining.Recognition;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine tasks [rename|merge|split]</c>: the labelling loop over the task types of the last <c>deskmine mine</c>
/// (<see cref="TaskTypeLabelling"/>). Changes are kept as labelling rules and applied on every later run.
/// </summary>
internal static class TasksCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var json = new Option<bool>("--json") { Description = "Print [{id, name, instances, events, people, median_s, steps}] as JSON" };
        var command = new Command("tasks", "List the task types of the last 'deskmine mine' (name, instances, people, median time, example steps); rename, merge or split them")
        {
            workspace, json,
        };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!);
            var types = TaskTypeLabelling.List(ws);
            if (parse.GetValue(json))
                context.Out.WriteLine(TaskTypeSummaryJson.Serialize(types));
            else
                TasksText.List(context.Out, types);
            return CliApp.Ok;
        });
        command.Subcommands.Add(Rename(context));
        command.Subcommands.Add(Merge(context));
        command.Subcommands.Add(Split(context));
        return command;
    }

    private static Argument<string> TypeArgument() => new("ID") { Description = "Task type id (or its exact name) from 'deskmine tasks'" };

    private static Command Rename(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var type = TypeArgument();
        var name = new Argument<string>("NAME") { Description = "The new name (at most 60 characters)" };
        var command = new Command("rename", "Give a task type a name; kept as a rule and applied on later runs") { workspace, type, name };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForWriting(parse.GetValue(workspace)!);
            TasksText.Changed(context.Out, "renamed", TaskTypeLabelling.Rename(ws, parse.GetValue(type)!, parse.GetValue(name)!));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Merge(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var types = new Argument<string[]>("ID") { Description = "Two or more task type ids (or exact names)", Arity = new ArgumentArity(2, 100) };
        var name = new Option<string?>("--name") { Description = "Name of the merged type (default: the first type's name)", HelpName = "NAME" };
        var command = new Command("merge", "Join task types into one; kept as a rule and applied on later runs") { workspace, types, name };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForWriting(parse.GetValue(workspace)!);
            TasksText.Changed(context.Out, "merged into", TaskTypeLabelling.Merge(ws, parse.GetValue(types)!, parse.GetValue(name)));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Split(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var type = TypeArgument();
        var by = new Option<string?>("--by")
        {
            Description = "application (the application most of an instance's actions happen in) or first-step (the step an instance starts with); "
                + "each value with at least 2 instances and 5 % of the type becomes a type, named from its steps",
            HelpName = "ATTRIBUTE",
        };
        by.AcceptOnlyFromAmong("application", "app", "first-step");
        var action = new Option<string?>("--action") { Description = "Instead of --by: move the instances with an action whose label contains TEXT", HelpName = "TEXT" };
        var name = new Option<string?>("--name") { Description = "Name of the new type (with --action)", HelpName = "NAME" };
        var command = new Command("split", "Divide a task type by application, first step or an action; kept as a rule and applied on later runs")
        {
            workspace, type, by, action, name,
        };
        command.SetAction(parse =>
        {
            var byValue = parse.GetValue(by);
            var actionValue = parse.GetValue(action);
            if ((byValue is null) == (actionValue is null))
                throw new UsageException("split needs either --by application|first-step or --action TEXT --name NAME");
            if (actionValue is not null && parse.GetValue(name) is null)
                throw new UsageException("split --action needs --name (the new type's name)");
            if (byValue is not null && parse.GetValue(name) is not null)
                throw new UsageException("split --by names its parts from their steps; rename them afterwards instead of --name");
            using var ws = WorkspaceAccess.OpenForWriting(parse.GetValue(workspace)!);
            var result = byValue is null
                ? TaskTypeLabelling.Split(ws, parse.GetValue(type)!, actionValue!, parse.GetValue(name)!)
                : TaskTypeLabelling.Split(ws, parse.GetValue(type)!, byValue == "first-step" ? TaskTypeSplitBy.FirstStep : TaskTypeSplitBy.Application);
            TasksText.Changed(context.Out, "split off", result);
            return CliApp.Ok;
        });
        return command;
    }
}
