using System.CommandLine;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Workspaces.Demo;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine demo</c>: simulate → workspace → recognition → process maps → report (<see cref="DemoRun"/>), with a short summary.</summary>
internal static class DemoCommand
{
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
        var serve = new Option<bool>("--serve")
        {
            Description = "Afterwards, serve the dashboard on the demo's workspace and print its URL and an admin login "
                + "(password from DESKMINE_ADMIN_PASSWORD, else generated and printed once)",
        };
        var urls = new Option<string>("--urls") { Description = "Addresses for --serve", DefaultValueFactory = _ => "http://127.0.0.1:5080", HelpName = "URLS" };
        var command = new Command("demo", "Simulate a back office, store it in a workspace, recognise its tasks, mine its process maps and write report.html")
        {
            output, seed, days, serve, urls,
        };
        command.SetAction(parse =>
        {
            var request = new DemoRequest { OutputDirectory = parse.GetValue(output)!, Seed = parse.GetValue(seed), Days = parse.GetValue(days) };
            DemoRunResult result;
            using (var progress = new DemoProgressLine(context.Error))
                result = DemoRun.Run(request, context.Time, progress);
            Summary(context.Out, result);
            return parse.GetValue(serve) ? DemoServer.Run(context, result, parse.GetValue(urls)!) : CliApp.Ok;
        });
        return command;
    }

    private static void Summary(TextWriter o, DemoRunResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var options = result.Simulation;
        var map = result.Map;
        var mined = result.Recognition;
        o.WriteLine(string.Create(inv, $"Simulated {result.EventCount:N0} events: {options.Teams} teams, {options.Teams * options.PeoplePerTeam} people, {options.Days} working days (seed {options.Seed})."));
        o.WriteLine(string.Create(inv, $"Recognised (deskmine mine): {mined.SegmentCount:N0} task instances of {mined.Catalogue.Entries.Count} task types; noise {mined.NoiseEvents:N0} events ({mined.NoisePercent:F1} %)."));
        o.WriteLine(string.Create(inv, $"Mined map: {map.NumCases:N0} task instances; steps: {map.Activities.Count:N0}; directly-follows edges: {map.Edges.Count:N0}; variants: {map.NumVariants:N0}."));
        foreach (var a in map.Activities.Take(5))
            o.WriteLine(string.Create(inv, $"  {a.Count,9:N0}  {a.Name}"));
        var types = result.Accuracy.Counts.FirstOrDefault(c => c.Label == "Task types");
        var score = result.Evaluation.Report;
        o.WriteLine(string.Create(inv, $"Accuracy against the simulator's truth: {types?.Found} task types found ({types?.True} true); boundary F1 {score.BoundaryF1:F3}; type F1 {score.TypeF1:F3}; type ARI {score.TypeAriPerEvent:F3}; mean edit distance {score.MeanEditDistance:F3}."));
        var top = result.Analysis.Analysis.Candidates.FirstOrDefault();
        if (top is not null)
            o.WriteLine(string.Create(inv, $"Automate first: {top.Name} — {top.Technology}, {top.Savings.SavingsPerYear:N0} {result.Analysis.Analysis.Assumptions.Currency}/year, payback {(top.Savings.PaybackMonths is { } m ? m.ToString("0.#", inv) + " months" : "never")}."));
        o.WriteLine(string.Create(inv, $"Compliance ({Path.GetFileName(result.RulesPath)}): {result.Compliance.Deviations.Count:N0} deviations in {result.Compliance.Cases:N0} mined task instances; guides: {result.Guides.Count} task types."));
        o.WriteLine(string.Create(inv, $"Workspace: {result.WorkspacePath}"));
        o.WriteLine(string.Create(inv, $"Report:    {result.ReportPath}"));
        o.WriteLine(string.Create(inv, $"Done in {result.Elapsed.TotalSeconds:F1} s."));
    }
}
