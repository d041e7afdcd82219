using Deskmine.Analysis.Work;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Tests.Support;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Tests.Work;

public sealed class WorkLogsTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Fact]
    public void From_recognition_makes_one_instance_per_segment_holding_exactly_its_events()
    {
        using var ws = simulated.OpenReadOnly();
        var log = WorkLogs.FromRecognition(ws);
        var derived = ws.Events.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);

        Assert.Equal(simulated.EventCount, log.Events.Count);
        Assert.Equal(simulated.Recognition!.SegmentCount, log.Instances.Count);
        for (var i = 0; i < log.Events.Count; i++)
        {
            var segment = derived[log.Events[i].Id].Segment;
            Assert.Equal(segment, log.InstanceOfEvent[i] < 0 ? null : log.Instances[log.InstanceOfEvent[i]].Id);
        }
        Assert.Equal(log.Events.Count - simulated.Recognition.NoiseEvents, log.Instances.Sum(x => x.Events.Count));
    }

    [Fact]
    public void From_recognition_gives_every_stored_event_in_store_order_with_every_field()
    {
        using var ws = simulated.OpenReadOnly();
        var log = WorkLogs.FromRecognition(ws);
        var stored = ws.Events.ReadEvents().ToList();

        Assert.Equal(stored.Count, log.Events.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.Equal(stored[i] with { Attrs = null }, log.Events[i] with { Attrs = null });
            Assert.Equal(stored[i].Attrs, log.Events[i].Attrs);
        }
    }

    [Fact]
    public void From_recognition_types_are_the_catalogue_keys_and_names_and_steps_are_the_readable_names_of_the_labels()
    {
        using var ws = simulated.OpenReadOnly();
        var log = WorkLogs.FromRecognition(ws);
        var catalogue = TaskTypeCatalogue.Read(ws.Events)!;
        var derived = ws.Events.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);

        Assert.Equal(catalogue.Entries.Select(e => e.Key), log.TaskTypes.Select(t => t.Id));
        Assert.Equal(catalogue.Entries.Select(e => e.Name), log.TaskTypes.Select(t => t.Name));
        var segmentTypes = SegmentTypes.Read(ws.Events)!;
        foreach (var instance in log.Instances)
        {
            Assert.Equal(derived[log.Events[instance.Events[0]].Id].TaskType, log.TaskTypes[instance.TaskType].Name);
            Assert.Equal(segmentTypes.TypeOf(instance.Id), catalogue.Entries[instance.TaskType].Index);
        }
        for (var t = 0; t < log.TaskTypes.Count; t++)
            Assert.Equal(catalogue.Entries[t].Segments, log.Instances.Count(x => x.TaskType == t));
        var names = StepNames.Read(ws.Events)!;
        Assert.NotEmpty(names.NameOfLabel);
        for (var i = 0; i < log.Events.Count; i++)
        {
            Assert.Equal(names.NameOf(derived[log.Events[i].Id].Label), log.StepOfEvent[i]);
            Assert.DoesNotContain("<n>", log.StepOfEvent[i] ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void From_recognition_instances_list_their_events_in_time_order_with_the_person_and_team_of_the_events()
    {
        using var ws = simulated.OpenReadOnly();
        var log = WorkLogs.FromRecognition(ws);

        Assert.NotEmpty(log.Instances);
        foreach (var instance in log.Instances)
        {
            var times = instance.Events.Select(i => log.Events[i].Ts ?? 0).ToList();
            Assert.Equal(times.Order(), times);
            Assert.All(instance.Events, i => Assert.Equal(instance.User, log.Events[i].User));
            Assert.Equal(log.Events[instance.Events[0]].Team, instance.Team);
            Assert.False(string.IsNullOrEmpty(instance.Team));
        }
        // The analysis stage's time definition works on what the bridge built.
        var timing = WorkSteps.Timing(log, log.Instances[0]);
        Assert.Equal(log.Instances[0].Events.Count, timing.Steps.Sum(s => s.Events.Count));
    }

    [Fact]
    public void From_truth_makes_one_instance_per_true_task_instance_with_its_type_and_steps()
    {
        using var ws = simulated.OpenReadOnly();
        var log = WorkLogs.FromTruth(ws);
        var truth = ws.Events.ReadTruth().ToDictionary(t => t.EventId);

        var trueInstances = truth.Values.Where(t => t.TaskInstance.Length > 0).Select(t => t.TaskInstance).Distinct().Count();
        Assert.Equal(trueInstances, log.Instances.Count);
        Assert.Equal(truth.Values.Where(t => t.TaskType.Length > 0).Select(t => t.TaskType).Distinct().Order(),
            log.TaskTypes.Select(t => t.Id).Order());
        for (var i = 0; i < log.Events.Count; i++)
        {
            var t = truth[log.Events[i].Id];
            if (t.TaskInstance.Length == 0)
            {
                Assert.Equal(-1, log.InstanceOfEvent[i]);
                continue;
            }
            var instance = log.Instances[log.InstanceOfEvent[i]];
            Assert.Equal(t.TaskInstance, instance.Id);
            Assert.Equal(t.TaskType, log.TaskTypes[instance.TaskType].Name);
            Assert.Equal(t.Step.Length > 0 ? t.Step : null, log.StepOfEvent[i]);
        }
        foreach (var instance in log.Instances)
        {
            var times = instance.Events.Select(i => log.Events[i].Ts ?? 0).ToList();
            Assert.Equal(times.Order(), times);
        }
        Assert.All(log.TaskTypes, t => Assert.NotEmpty(t.Applications));
    }

    [Fact]
    public void Types_that_share_a_name_stay_apart()
    {
        // Recognition names every type uniquely, but a person's renames may give two types one name: the ids keep them apart.
        using var renamed = new SimulatedWorkspace(recognise: true);
        using (var writable = Workspace.Open(renamed.Directory))
        {
            var original = TaskTypeCatalogue.Read(writable.Events)!;
            Assert.True(original.Entries.Count >= 2, "the simulation should give at least two task types");
            var shared = original.Entries[0].Name;
            new TaskTypeCatalogue([.. original.Entries.Select((e, i) => i < 2 ? e with { Name = shared } : e)]).Write(writable.Events);
        }
        using var ws = renamed.OpenReadOnly();
        var catalogue = TaskTypeCatalogue.Read(ws.Events)!;

        var log = WorkLogs.FromRecognition(ws);

        Assert.Equal(catalogue.Entries[0].Name, catalogue.Entries[1].Name);
        foreach (var entry in catalogue.Entries.Take(2))
            Assert.Equal(entry.Segments, log.Instances.Count(x => log.TaskTypes[x.TaskType].Id == entry.Key));
        Assert.Equal(2, log.TaskTypes.Count(t => t.Name == catalogue.Entries[0].Name));
    }

    [Fact]
    public void From_recognition_without_a_run_says_to_run_mine()
    {
        using var bare = new SimulatedWorkspace(recognise: false, events: 300);
        using var ws = bare.OpenReadOnly();

        var e = Assert.Throws<WorkspaceProblemException>(() => WorkLogs.FromRecognition(ws));

        Assert.Contains("deskmine mine", e.Message, StringComparison.Ordinal);
    }
}
