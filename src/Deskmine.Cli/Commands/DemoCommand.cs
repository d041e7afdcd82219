using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;
using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine demo</c>: simulate → workspace → process maps → report, with a short summary.</summary>
internal static class DemoCommand
{
    /// <summary>
    /// The demo maps the simulator's named steps (its ground truth) per task instance, so the first map a person
    /// sees reads like a process; <c>deskmine mine</c> finds steps and tasks without the truth.
    /// </summary>
    private const string DemoClassifier = "truth.step";

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the demo's workspace and report.html (the workspace is made afresh)",
            DefaultValueFactory = _ => "demo",
            HelpName = "DIR",
        };
        var seed = new Option<int>("--seed") { Description = "Simulation seed", DefaultValueFactory = _ => 42 };
        var days = new Option<int>("--days") { Description = "Working days to simulate", DefaultValueFactory = _ => 10 };
        var command = new Command("demo", "Simulate a back office, store it in a workspace, mine its process maps and write report.html")
        {
            output, seed, days,
        };
        command.SetAction(parse => Run(context, parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(days)));
        return command;
    }

    private static int Run(CliContext context, string outputDir, int seed, int days)
    {
        var clock = Stopwatch.StartNew();
        var workspaceDir = Path.Combine(outputDir, "workspace");
        ResetWorkspace(workspaceDir);
        var options = new SimulationOptions { Seed = seed, Days = days };
        long events;
        using (var ws = LogInputs.OpenForWriting(workspaceDir))
            events = SimulateCommand.Simulate(options, ws.Events, context);

        var report = ReportCommand.Write(context, workspaceDir, Path.Combine(outputDir, "report.html"), new ReportCommand.ReportRequest
        {
            Title = "Deskmine demo — simulated back office",
            CaseNotion = Core.Logs.CaseNotions.Truth,
            Classifier = DemoClassifier,
            CollapseRepeats = true,
            TaskTypeField = "truth.task_type",
        });

        ProcessMap map;
        using (var ws = LogInputs.OpenForReading(workspaceDir))
            map = ProcessMaps.Discover(new CollapseRepeatsFilter().Apply(ws.Events.ReadLog(LogInputs.Query(Core.Logs.CaseNotions.Truth, DemoClassifier, []))), new ProcessMapOptions { MaxVariants = 3 });

        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Create(inv, $"Simulated {events:N0} events: {options.Teams} teams, {options.Teams * options.PeoplePerTeam} people, {options.Days} working days (seed {seed})."));
        context.Out.WriteLine(string.Create(inv, $"Task instances: {map.NumCases:N0}; steps (activities): {map.Activities.Count:N0}; directly-follows edges: {map.Edges.Count:N0}; variants: {map.NumVariants:N0}."));
        foreach (var a in map.Activities.Take(5))
            context.Out.WriteLine(string.Create(inv, $"  {a.Count,9:N0}  {a.Name}"));
        context.Out.WriteLine(string.Create(inv, $"Workspace: {Path.GetFullPath(workspaceDir)}"));
        context.Out.WriteLine(string.Create(inv, $"Report:    {report}"));
        context.Out.WriteLine(string.Create(inv, $"Done in {clock.Elapsed.TotalSeconds:F1} s."));
        return CliApp.Ok;
    }

    /// <summary>The demo always starts from an empty workspace; it refuses to delete a folder that is not one.</summary>
    private static void ResetWorkspace(string dir)
    {
        if (!Directory.Exists(dir))
            return;
        if (Directory.EnumerateFileSystemEntries(dir).Any() && !File.Exists(Path.Combine(dir, Workspace.InfoFileName)))
            throw new WorkspaceProblemException($"{dir} exists and is not a Deskmine workspace; choose another --output folder.");
        Directory.Delete(dir, recursive: true);
    }
}
