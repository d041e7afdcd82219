using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Core.Events;
using Deskmine.Simulation;
using Deskmine.Storage;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine simulate</c>: a synthetic back office with ground truth, into a workspace.</summary>
internal static class SimulateCommand
{
    private const int ChunkSize = 200_000;

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
            using var ws = LogInputs.OpenForWriting(parse.GetValue(workspace)!);
            var clock = Stopwatch.StartNew();
            var count = Simulate(options, ws.Events, context);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"simulated {count:N0} events ({options.Teams} teams, {options.Teams * options.PeoplePerTeam} people, seed {options.Seed}) into {ws.Directory} in {clock.Elapsed.TotalSeconds:F1} s"));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Runs the simulator into <paramref name="store"/> in chunks, events and their truth side by side.</summary>
    public static long Simulate(SimulationOptions options, IEventStore store, CliContext context)
    {
        var simulator = new BackOfficeSimulator();
        var chunkEvents = new List<UiEvent>(ChunkSize);
        var chunkTruth = new List<TruthRecord>(ChunkSize);
        long total = 0;
        using var progress = new ProgressReporter(context.Error, "simulating", options.TargetEventCount);
        foreach (var simulated in simulator.Run(options))
        {
            chunkEvents.Add(simulated.Event);
            chunkTruth.Add(simulated.Truth);
            if (chunkEvents.Count == ChunkSize)
                Flush();
        }
        Flush();
        return total;

        void Flush()
        {
            if (chunkEvents.Count == 0)
                return;
            store.Append(chunkEvents);
            store.AppendTruth(chunkTruth);
            total += chunkEvents.Count;
            progress.Report(total);
            chunkEvents.Clear();
            chunkTruth.Clear();
        }
    }
}
