using Deskmine.Analysis.Work;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Work;

/// <summary>
/// Builds the analysis stage's input (<see cref="WorkLog"/>) from a workspace: from the stored recognition run, or
/// from the ground-truth table of simulated data.
/// </summary>
public static class WorkLogs
{
    /// <summary>
    /// The workspace's events with the stored recognition run: a segment is an instance, its task type the catalogue
    /// entry the run gave the segment (<see cref="SegmentTypes"/>; else the entry of the derived record's type name),
    /// with <see cref="WorkTaskType.Id"/> = the catalogue key; an event's action label is its step name, and the
    /// person and team are those of the events.
    /// </summary>
    /// <exception cref="WorkspaceProblemException">The workspace holds no recognition run.</exception>
    public static WorkLog FromRecognition(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var store = workspace.Events;
        var derived = store.ReadDerived(DerivedRuns.Recognition);
        if (derived.Count == 0)
            throw new WorkspaceProblemException($"{workspace.Directory} has no recognition results; run 'deskmine mine -w {workspace.Directory}' first");
        var byEvent = new Dictionary<Guid, int>(derived.Count);
        for (var i = 0; i < derived.Count; i++)
            byEvent.TryAdd(derived[i].EventId, i);
        var catalogue = TaskTypeCatalogue.Read(store);
        var entries = catalogue?.Entries.OrderBy(e => e.Index).ToList() ?? [];
        var types = entries.Select(e => new WorkTaskType(e.Key, e.Name, e.Applications)).ToList();
        var keyOfIndex = entries.ToDictionary(e => e.Index, e => e.Key);
        var segmentTypes = catalogue is null ? null : SegmentTypes.Read(store);
        // Without segment types (workspaces mined before they were stored) the derived record's type name is all
        // there is; when two types share a name, the first one stands for both.
        var keyOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in types)
            keyOfName.TryAdd(t.Name, t.Id);

        // Steps are shown by their readable names; workspaces mined before names existed show the labels.
        var names = StepNames.Read(store);
        // Events as columns: a UiEvent object per event cost 13.5 GB at 10 M events (CompactEvents).
        var events = CompactEvents.From(store.ReadEvents(), store.Count());
        var work = Enumerable.Range(0, events.Count).Select(i =>
        {
            if (!byEvent.TryGetValue(events.IdOf(i), out var at))
                return default;
            var d = derived[at];
            var step = names is null ? d.Label : names.NameOf(d.Label);
            if (d.Segment is null)
                return new EventWork(null, null, step, null);
            var key = segmentTypes?.TypeOf(d.Segment) is { } index && keyOfIndex.TryGetValue(index, out var k)
                ? k
                : keyOfName.GetValueOrDefault(d.TaskType ?? "", d.TaskType ?? "");
            return new EventWork(d.Segment, key, step, d.CaseId);
        }).ToList();
        return WorkLogBuilder.Build(events, work, types);
    }

    /// <summary>
    /// The workspace's events with their ground truth (simulated data): the true task instance is the instance, the
    /// true task type its type (id and name are the type's name) and the true step the step name. Events of no task
    /// belong to no instance.
    /// </summary>
    /// <exception cref="WorkspaceProblemException">The workspace has no ground-truth table.</exception>
    public static WorkLog FromTruth(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var store = workspace.Events;
        var truth = new Dictionary<Guid, Core.Events.TruthRecord>();
        foreach (var t in store.ReadTruth())
            truth.TryAdd(t.EventId, t);
        if (truth.Count == 0)
            throw new WorkspaceProblemException($"{workspace.Directory} has no ground truth table; only simulated workspaces ('deskmine simulate') have one");
        var events = CompactEvents.From(store.ReadEvents(), store.Count());
        var work = Enumerable.Range(0, events.Count).Select(i =>
        {
            if (!truth.TryGetValue(events.IdOf(i), out var t))
                return default;
            var step = t.Step.Length > 0 ? t.Step : null;
            return t.TaskInstance.Length > 0 ? new EventWork(t.TaskInstance, t.TaskType, step, null) : new EventWork(null, null, step, null);
        }).ToList();
        return WorkLogBuilder.Build(events, work, []);
    }
}
