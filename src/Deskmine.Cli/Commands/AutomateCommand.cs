using System.CommandLine;
using System.Globalization;
using Deskmine.Workspaces.Automation;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine automate</c>: starter code for automating one task type (Playwright for browser steps, a step list for desktop steps).</summary>
internal static class AutomateCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var taskType = new Option<string>("--task-type")
        {
            Description = "The task type: its id (as 'analyze' and 'mine' print it) or its name",
            Required = true,
            HelpName = "ID",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the starter (starter.ts, data.json, steps.md, README.md …)",
            DefaultValueFactory = _ => "automation",
            HelpName = "DIR",
        };
        var command = new Command("automate", "Write an automation starter for a task type: a Playwright script with the data as parameters and the desktop steps documented")
        {
            workspace, taskType, output,
        };
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!);
            var run = AutomationRun.Write(ws, parse.GetValue(taskType)!, parse.GetValue(output)!);
            var s = run.Starter;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Name}: {s.BrowserSteps.Count} browser steps in starter.ts, {s.DesktopSteps.Count} desktop steps in steps.md, {s.Parameters.Count} parameters in data.json"));
            foreach (var path in run.Paths)
                context.Out.WriteLine($"wrote {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
