using Deskmine.Core.Errors;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class RecognitionRunTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Fact]
    public void The_run_stores_a_derived_record_per_event_and_a_catalogue_that_adds_up()
    {
        var result = simulated.Recognition!;
        using var ws = simulated.OpenReadOnly();
        var derived = ws.Events.ReadDerived(DerivedRuns.Recognition);
        var catalogue = TaskTypeCatalogue.Read(ws.Events);

        Assert.Equal(simulated.EventCount, derived.Count);
        Assert.Equal(result.EventCount, derived.Count);
        Assert.Equal(result.NoiseEvents, derived.Count(d => d.Segment is null));
        Assert.Equal(result.SegmentCount, derived.Where(d => d.Segment is not null).Select(d => d.Segment).Distinct().Count());
        Assert.NotNull(catalogue);
        Assert.Equal(result.Catalogue.Entries.Select(e => e.Key), catalogue.Entries.Select(e => e.Key));
        Assert.Equal(result.SegmentCount, catalogue.Entries.Sum(e => e.Segments));
        Assert.Equal(result.EventCount - result.NoiseEvents, catalogue.Entries.Sum(e => e.Events));
        Assert.All(derived.Where(d => d.Segment is not null), d => Assert.NotNull(catalogue.FindByName(d.TaskType!)));
        Assert.Equal(["read and segment", "task types", "store derived run"], result.Stages.Select(s => s.Name));
    }

    [Fact]
    public void The_run_person_by_person_stores_what_recognition_of_the_whole_log_at_once_finds()
    {
        using var ws = simulated.OpenReadOnly();
        var events = ws.Events.ReadEvents().ToList();
        var whole = Mining.Recognition.TaskRecognizer.Recognize(events);
        var derived = ws.Events.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);

        Assert.Equal(events.Count, derived.Count);
        Assert.True(whole.Segments.Count > 10);
        for (var i = 0; i < events.Count; i++)
        {
            var d = derived[events[i].Id];
            var s = whole.SegmentOfEvent[i];
            Assert.Equal(s < 0 ? null : RecognitionRun.SegmentId(s), d.Segment);
            Assert.Equal(s < 0 ? null : whole.TaskTypes[whole.TaskTypeOfEvent[i]].Name, d.TaskType);
            Assert.Equal(whole.CaseIdOf(i), d.CaseId);
            Assert.Equal(whole.ActionLabelOfEvent[i], d.Label);
        }
        Assert.Equal(whole.Segments.Select(x => (x.User, x.TaskType, x.EventCount)), simulated.Recognition!.Recognition.Segments.Select(x => (x.User, x.TaskType, x.EventCount)));
    }

    [Fact]
    public void A_rules_file_renames_a_type_and_is_kept_for_later_runs()
    {
        using var own = new SimulatedWorkspace(recognise: true, events: 3000);
        var key = own.Recognition!.Catalogue.Entries.OrderByDescending(e => e.Segments).First().Key;
        var rules = own.File("rules.json");
        File.WriteAllText(rules, $$"""[{"kind":"rename","types":["{{key}}"],"name":"My named task"}]""");
        using var ws = Workspace.Open(own.Directory);

        var renamed = RecognitionRun.Run(ws, new RecognitionRequest { RulesFile = rules });
        var again = RecognitionRun.Run(ws);

        Assert.Equal("My named task", renamed.Catalogue.Entries.Single(e => e.Key == key).Name);
        Assert.Equal("My named task", again.Catalogue.Entries.Single(e => e.Key == key).Name);
        Assert.NotNull(ws.Events.GetResult(LabellingRules.ResultKey));
    }

    [Fact]
    public void A_missing_rules_file_is_an_input_error_naming_it()
    {
        using var own = new SimulatedWorkspace(recognise: false, events: 300);
        using var ws = Workspace.Open(own.Directory);

        var e = Assert.Throws<InputException>(() => RecognitionRun.Run(ws, new RecognitionRequest { RulesFile = own.File("none.json") }));

        Assert.Contains("none.json", e.Message, StringComparison.Ordinal);
        Assert.Empty(ws.Events.ReadDerived(DerivedRuns.Recognition));
    }
}
