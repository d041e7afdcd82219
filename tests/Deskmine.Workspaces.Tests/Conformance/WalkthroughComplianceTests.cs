using System.Text.Json;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Workspaces.Conformance;
using Deskmine.Workspaces.Tests.Support;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Tests.Conformance;

/// <summary>
/// A walkthrough recorded from one mined instance of the back office's most common task type, with two steps done
/// in the other order and one step no one does planted on purpose, checked as the reference procedure against every
/// mined instance of the workspace.
/// </summary>
[Collection(MinedBackOffice.Name)]
public sealed class WalkthroughComplianceTests(ViolatingWorkspace simulated)
{
    private const string Planted = "Escalate to controller";

    [Fact]
    public void Mined_instances_skip_the_planted_step_and_do_the_swapped_steps_in_the_other_order()
    {
        var (walk, typeId, swapped, mainInstances) = RecordWalkthrough();
        var audit = simulated.File("audit-" + Guid.NewGuid().ToString("N"));

        var run = ComplianceRun.Run(new ComplianceRequest
        {
            Input = simulated.Directory, Walkthroughs = [walk], MinPeople = 1, AuditDirectory = audit,
        }, TimeProvider.System);

        var r = run.Result.Reference!;
        Assert.Equal((typeId, "steps"), (r.TaskTypeId, r.MatchedBy));
        Assert.Equal(r.Instances.Count, run.Result.Cases);
        // Recorded once, a walkthrough's names keep words of its one record (the sender, the vendor) that mined names
        // leave out; nearly every step still finds its mined name.
        Assert.True(r.Overlap >= 0.8, $"overlap {r.Overlap}: unmatched {string.Join("; ", r.UnmatchedSteps)}");
        var planted = Assert.Single(r.UnmatchedSteps, s => s.Contains(Planted, StringComparison.Ordinal));
        Assert.All(r.Instances, d => Assert.Contains(planted, d.Skipped));
        foreach (var d in r.Instances.Where(d => mainInstances.Contains(d.Instance)))
        {
            Assert.Contains(planted, d.Skipped);
            Assert.Contains(Assert.Single(d.Reordered), swapped);
        }
        Assert.NotEmpty(r.Teams);
        Assert.Equal(r.Instances.Count, r.Teams.Sum(t => t.Instances));
        Assert.Contains("Against the recorded procedure", File.ReadAllText(run.AuditHtml!), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ComplianceJson.Write(run.Result));
        Assert.Equal(r.Instances.Count, json.RootElement.GetProperty("walkthrough").GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void Teams_below_k_get_no_rates_and_a_named_task_type_is_used_as_given()
    {
        var (walk, typeId, _, _) = RecordWalkthrough();

        var run = ComplianceRun.Run(new ComplianceRequest { Input = simulated.Directory, Walkthroughs = [walk], TaskType = typeId }, TimeProvider.System);

        var r = run.Result.Reference!;
        Assert.Equal((typeId, "task"), (r.TaskTypeId, r.MatchedBy));
        // Three teams of one person each: all below the default k of 5.
        Assert.Empty(r.Teams);
        Assert.Equal(3, r.SuppressedTeams);
        Assert.All(r.Instances, d => Assert.Null(d.Team));
    }

    private (string Walk, string TypeId, string[] Swapped, HashSet<string> MainInstances) RecordWalkthrough()
    {
        WorkLog work;
        using (var ws = simulated.OpenReadOnly())
            work = WorkLogs.FromRecognition(ws);
        var type = work.Instances.GroupBy(i => i.TaskType).OrderByDescending(g => g.Count()).First().Key;
        var timed = work.Instances.Where(i => i.TaskType == type).Select(i => (Instance: i, Steps: WorkSteps.Timing(work, i).Steps)).ToList();
        var main = timed.GroupBy(t => string.Join('\u001f', t.Steps.Select(s => s.Name)), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).First().ToList();
        var steps = main[0].Steps.ToList();
        // Two neighbouring steps that the variant does once each, swapped; then a step no one does after the last.
        var once = steps.GroupBy(x => x.Name, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        // Screens of the ERP have stable names (no record in their titles), so the swap is seen under the mined names.
        var at = Enumerable.Range(1, Math.Max(0, steps.Count - 2)).First(k => once.Contains(steps[k].Name) && once.Contains(steps[k + 1].Name)
            && steps[k].Name.StartsWith("SAP – MIRO", StringComparison.Ordinal) && steps[k + 1].Name.StartsWith("SAP – MIRO", StringComparison.Ordinal));
        (steps[at], steps[at + 1]) = (steps[at + 1], steps[at]);
        var events = steps.SelectMany(s => s.Events.Select(i => work.Events[i])).ToList();
        var last = events[^1];
        events.Add(last with { Id = Guid.NewGuid(), Kind = EventKinds.Click, TargetRole = "push button", TargetName = Planted, Value = null, ValueHash = null });
        var start = events[0].Ts ?? 0;
        var recorded = events.Select((e, k) => e with { Session = "walk", Seq = k + 1, Ts = start + k * 2_000_000L, Duration = null }).ToList();
        var walk = WalkthroughFixture.Write(simulated.File("walk-" + Guid.NewGuid().ToString("N")), "Reference", recorded);
        return (walk, work.TaskTypes[type].Id, [steps[at].Name, steps[at + 1].Name], main.Select(m => m.Instance.Id).ToHashSet(StringComparer.Ordinal));
    }
}
