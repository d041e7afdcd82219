using Deskmine.Core.Errors;
using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Analyses;
using Deskmine.Workspaces.Tests.Support;
using Xunit.Abstractions;

namespace Deskmine.Workspaces.Tests.Analyses;

[Collection(MinedBackOffice.Name)]
public sealed class AnalysisRunTests(ViolatingWorkspace simulated, ITestOutputHelper output)
{
    [Fact]
    public void The_best_candidate_of_the_mined_back_office_is_invoice_processing()
    {
        using var ws = simulated.OpenReadOnly();

        var run = AnalysisRun.Run(ws, new AnalysisRequest());

        var top = run.Analysis.Candidates[0];
        var truth = ws.Events.ReadTruth().ToDictionary(t => t.EventId, t => t.TaskType);
        var trueType = run.Work.Instances.Where(i => i.TaskType == top.TaskType)
            .SelectMany(i => i.Events)
            .Select(e => truth.GetValueOrDefault(run.Work.Events[e].Id, ""))
            .GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        output.WriteLine($"analysed {run.Work.Events.Count} events in {run.Elapsed.TotalSeconds:0.0} s; top: {top.Name} ({trueType}), score {top.Score:0.000}, {top.Technology}");
        Assert.Equal("Invoice processing", trueType);
        Assert.Equal(run.Analysis.Candidates.OrderByDescending(c => c.Score).Select(c => c.Score), run.Analysis.Candidates.Select(c => c.Score));
        Assert.Equal(top.Score, top.ScoreParts.Sum(p => p.Contribution), 6);
    }

    [Fact]
    public void Truth_as_source_names_the_true_task_types()
    {
        using var ws = simulated.OpenReadOnly();

        var run = AnalysisRun.Run(ws, new AnalysisRequest { Source = WorkSource.Truth });

        // Truth task types are named by their ids, so the best candidate (a task type or a routine of one) names it.
        Assert.Equal("Invoice processing", run.Analysis.Candidates[0].TaskTypeId);
    }

    [Fact]
    public void An_assumptions_file_with_a_bad_line_is_an_input_error_naming_it()
    {
        var file = simulated.File("bad-assumptions-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, "{\n  \"hourly_rate\": 45,\n  \"no_such_key\": 1\n}\n");

        var e = Assert.Throws<InputException>(() => AnalysisRun.ReadAssumptions(file));

        Assert.Equal(file, e.Source);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Analysis_before_mining_is_a_workspace_problem_that_says_to_mine()
    {
        using var dir = new TempDir();
        using (var writable = Workspace.Open(dir.File("ws")))
            Simulations.SimulationRun.Run(writable, new SimulationOptions { Seed = 3, Days = 1, Teams = 1, PeoplePerTeam = 1, TargetEventCount = 300 });
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));

        var e = Assert.Throws<WorkspaceProblemException>(() => AnalysisRun.Run(ws, new AnalysisRequest()));

        Assert.Contains("deskmine mine", e.Message, StringComparison.Ordinal);
    }
}
