using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Simulation;
using Deskmine.Workspaces.Simulations;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine simulate</c>: a synthetic back office with ground truth, into a workspace (<see cref="SimulationRun"/>).</summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same events", DefaultValueFactory = _ => 42 };
        var days = new Option<int>("--days") { Description = "Working days to simulate", DefaultValueFactory = _ => 10 };
        var teams = new Option<int>("--teams") { Description = "Number of teams", DefaultValueFactory = _ => 3 };
        var people = new Option<int>("--people-per-team") { Description = "People in each team", DefaultValueFactory = _ => 7 };
        var events = new Option<long?>("--events") { Description = "Stop after exactly N events (continues past --days when needed)", HelpName = "N" };
        var command = new Command("simulate", "Simulate a back office (teams, people, processes, interruptions) into a workspace, with ground truth")
        {
            workspace, seed, days, teams, people, events,
        };
        command.SetAction(parse =>
        {
            var options = new SimulationOptions
            {
                Seed = parse.GetValue(seed),
                Days = parse.GetValue(days),
                Teams = parse.GetValue(teams),
                PeoplePerTeam = parse.GetValue(people),
                TargetEventCount = parse.GetValue(events),
            };
            using var ws = WorkspaceAccess.OpenForWriting(parse.GetValue(workspace)!);
            var clock = Stopwatch.StartNew();
            long count;
            using (var progress = new ProgressReporter(context.Error, "simulating", options.TargetEventCount))
                count = SimulationRun.Run(ws, options, progress);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"simulated {count:N0} events ({options.Teams} teams, {options.Teams * options.PeoplePerTeam} people, seed {options.Seed}) into {ws.Directory} in {clock.Elapsed.TotalSeconds:F1} s"));
            return CliApp.Ok;
        });
        return command;
    }
}
