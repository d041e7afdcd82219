using System.Text.Json;
using Deskmine.Mining.Recognition;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Recognition;

/// <summary>The labelling loop over a real mined workspace (DuckDB file): list, rename, merge, split, kept as rules.</summary>
public sealed class TaskTypeLabellingTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Fact]
    public void The_list_adds_up_to_the_run_and_profiles_each_type()
    {
        using var ws = simulated.OpenReadOnly();
        var run = simulated.Recognition!;

        var types = TaskTypeLabelling.List(ws);

        Assert.Equal(run.Catalogue.Entries.Count, types.Count);
        Assert.Equal(run.SegmentCount, types.Sum(t => t.Instances));
        Assert.Equal(run.EventCount - run.NoiseEvents, types.Sum(t => t.Events));
        Assert.Equal(types.OrderByDescending(t => t.Instances).Select(t => t.Instances), types.Select(t => t.Instances));
        var people = run.Recognition.Segments.Select(s => s.User).Distinct().Count();
        foreach (var t in types)
        {
            var segments = run.Recognition.Segments.Where(s => run.Recognition.TaskTypes[s.TaskType].Key == t.Id).ToList();
            Assert.Equal(segments.Count, t.Instances);
            Assert.Equal(segments.Select(s => s.User).Distinct().Count(), t.People);
            Assert.InRange(t.People, 1, people);
            var durations = segments.Select(s => (s.End!.Value - s.Start!.Value) / 1e6).Order().ToList();
            Assert.InRange(t.MedianSeconds!.Value, durations[0], durations[^1]);
            Assert.True(durations.Count(d => d < t.MedianSeconds - 1e-3) * 2 <= durations.Count, $"{t.Id}: more than half below the median");
            Assert.True(durations.Count(d => d > t.MedianSeconds + 1e-3) * 2 <= durations.Count, $"{t.Id}: more than half above the median");
            Assert.InRange(t.Steps.Count, 1, TaskTypeProfile.MaxSteps);
            Assert.All(t.Steps, s => Assert.InRange(s.Length, 1, 60));
        }
    }

    [Fact]
    public void The_json_is_the_contract_shape()
    {
        using var ws = simulated.OpenReadOnly();

        using var doc = JsonDocument.Parse(TaskTypeSummaryJson.Serialize(TaskTypeLabelling.List(ws)));

        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.NotEmpty(doc.RootElement.EnumerateArray());
        foreach (var t in doc.RootElement.EnumerateArray())
        {
            Assert.Equal(["id", "name", "instances", "events", "people", "median_s", "steps"], t.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, t.GetProperty("people").ValueKind);
            Assert.Equal(JsonValueKind.Number, t.GetProperty("median_s").ValueKind);
            Assert.All(t.GetProperty("steps").EnumerateArray(), s => Assert.Equal(JsonValueKind.String, s.ValueKind));
        }
    }

    [Fact]
    public void A_rename_shows_at_once_is_kept_as_a_rule_and_holds_on_the_next_mine()
    {
        using var own = new SimulatedWorkspace(recognise: true, events: 3000);
        using var ws = Workspace.Open(own.Directory);
        var type = TaskTypeLabelling.List(ws)[0];

        var result = TaskTypeLabelling.Rename(ws, type.Id, "  Check supplier invoice ");
        var again = RecognitionRun.Run(ws);

        Assert.Equal("Check supplier invoice", Assert.Single(result.Changed).Name);
        Assert.Equal(type.Id, result.Changed[0].Id);
        Assert.Equal("Check supplier invoice", again.Catalogue.Entries.Single(e => e.Key == type.Id).Name);
        var rule = Assert.Single(LabellingRules.Read(ws.Events));
        Assert.Equal((TaskTypeRuleKind.Rename, type.Id, "Check supplier invoice"), (rule.Kind, Assert.Single(rule.Types), rule.Name));
    }

    [Fact]
    public void A_merge_joins_the_instances_and_a_later_rename_finds_the_merged_type_by_name()
    {
        using var own = new SimulatedWorkspace(recognise: true, events: 3000);
        using var ws = Workspace.Open(own.Directory);
        var before = TaskTypeLabelling.List(ws);
        Assert.True(before.Count >= 2, "the simulated day needs two task types to merge");

        var merged = TaskTypeLabelling.Merge(ws, [before[0].Id, before[1].Name], "Invoice work");
        var renamed = TaskTypeLabelling.Rename(ws, "Invoice work", "Accounts payable");

        Assert.Equal(before.Count - 1, merged.Types.Count);
        Assert.Equal(before[0].Instances + before[1].Instances, Assert.Single(merged.Changed).Instances);
        Assert.Equal(before.Sum(t => t.Instances), merged.Types.Sum(t => t.Instances));
        Assert.Equal("Accounts payable", Assert.Single(renamed.Changed).Name);
        Assert.Equal(2, LabellingRules.Read(ws.Events).Count);
        Assert.Equal(renamed.Types.Select(Line), TaskTypeLabelling.List(ws).Select(Line));
    }

    [Fact]
    public void A_split_by_first_step_makes_types_named_from_their_steps_and_repeats_on_the_next_mine()
    {
        using var own = new SimulatedWorkspace(recognise: true, events: 6000);
        using var ws = Workspace.Open(own.Directory);
        var type = Splittable(own.Recognition!.Recognition);
        var before = TaskTypeLabelling.List(ws);

        var split = TaskTypeLabelling.Split(ws, type, TaskTypeSplitBy.FirstStep);
        var again = RecognitionRun.Run(ws);

        Assert.NotEmpty(split.Changed);
        Assert.Equal(before.Count + split.Changed.Count, split.Types.Count);
        Assert.Equal(before.Sum(t => t.Instances), split.Types.Sum(t => t.Instances));
        Assert.Contains(split.Types, t => t.Id == type);
        Assert.All(split.Changed, t => Assert.StartsWith(type + "/", t.Id, StringComparison.Ordinal));
        Assert.Equal(split.Types.Count, split.Types.Select(t => t.Name).Distinct().Count());
        Assert.All(split.Types, t => Assert.InRange(t.Name.Length, 1, 60));
        Assert.Equal(split.Types.Select(t => (t.Id, t.Name, t.Instances)).Order(), again.Catalogue.Entries.Select(e => (e.Key, e.Name, e.Segments)).Order());
    }

    [Fact]
    public void A_split_that_changes_nothing_and_unknown_or_taken_names_are_refused_and_keep_no_rule()
    {
        using var own = new SimulatedWorkspace(recognise: true, events: 3000);
        using var ws = Workspace.Open(own.Directory);
        var types = TaskTypeLabelling.List(ws);

        var unknown = Assert.Throws<InvalidRequestException>(() => TaskTypeLabelling.Rename(ws, "t0000000000", "X"));
        var taken = Assert.Throws<InvalidRequestException>(() => TaskTypeLabelling.Rename(ws, types[0].Id, types[1].Name));
        var tooLong = Assert.Throws<InvalidRequestException>(() => TaskTypeLabelling.Rename(ws, types[0].Id, new string('x', 61)));
        var single = Assert.Throws<InvalidRequestException>(() => TaskTypeLabelling.Merge(ws, [types[0].Id, types[0].Name]));
        var whole = Assert.Throws<InvalidRequestException>(() => TaskTypeLabelling.Split(ws, types[0].Id, "no action has this text", "Other"));

        Assert.Contains("t0000000000", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(types[1].Id, taken.Message, StringComparison.Ordinal);
        Assert.Contains("60", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("two different", single.Message, StringComparison.Ordinal);
        Assert.Contains("leaves it whole", whole.Message, StringComparison.Ordinal);
        Assert.Empty(LabellingRules.Read(ws.Events));
        Assert.Equal(types.Select(Line), TaskTypeLabelling.List(ws).Select(Line));
    }

    [Fact]
    public void A_workspace_without_a_run_is_a_workspace_problem()
    {
        using var own = new SimulatedWorkspace(recognise: false, events: 300);
        using var ws = Workspace.Open(own.Directory);

        var e = Assert.Throws<WorkspaceProblemException>(() => TaskTypeLabelling.List(ws));

        Assert.Contains("deskmine mine", e.Message, StringComparison.Ordinal);
    }

    private static string Line(TaskTypeSummary t) =>
        string.Join(" | ", t.Id, t.Name, t.Instances, t.Events, t.People, t.MedianSeconds, string.Join(" → ", t.Steps));

    // A type whose instances start with at least two different steps, each of two instances and 5 % of the type.
    private static string Splittable(RecognizedTasks result) =>
        result.TaskTypes.Where(t =>
        {
            var segments = result.Segments.Where(s => s.TaskType == t.Index).ToList();
            var minimum = Math.Max(2, (int)Math.Ceiling(0.05 * segments.Count));
            return segments.GroupBy(s => s.Actions[0]).Count(g => g.Count() >= minimum) >= 2;
        }).Select(t => t.Key).FirstOrDefault()
        ?? throw new InvalidOperationException("the simulated workspace has no type whose instances start in two ways");
}
