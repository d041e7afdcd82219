using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Simulation;

namespace Deskmine.Analysis.Tests.Transfers;

/// <summary>Work logs built from real inputs: an imported UI log after recognition, or a simulated back office's truth.</summary>
internal static class TransferLogs
{
    /// <summary>The path of <c>../shared</c> beside the repository root, or <c>null</c> when this checkout has none.</summary>
    public static string? SharedRoot { get; } = FindShared();

    /// <summary>Instances = recognised segments, steps = action labels.</summary>
    public static WorkLog FromRecognition(IReadOnlyList<UiEvent> events)
    {
        var result = TaskRecognizer.Recognize(events);
        var members = result.Segments.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < events.Count; i++)
        {
            if (result.SegmentOfEvent[i] >= 0)
                members[result.SegmentOfEvent[i]].Add(i);
        }
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = result.SegmentOfEvent,
            StepOfEvent = result.ActionLabelOfEvent,
            TaskTypes = [.. result.TaskTypes.Select(t => new WorkTaskType(t.Key, t.Name, t.Applications))],
            Instances = [.. result.Segments.Select(s => new WorkInstance($"seg{s.Index}", s.TaskType, s.User, null, s.CaseId,
                [.. members[s.Index].OrderBy(i => events[i].Ts ?? 0).ThenBy(i => i)]))],
        };
    }

    /// <summary>Instances, task types and steps from the simulator's ground truth.</summary>
    public static WorkLog FromSimulation(IEnumerable<SimulatedEvent> simulated)
    {
        var events = new List<UiEvent>();
        var steps = new List<string?>();
        var instanceOf = new List<int>();
        var types = new List<WorkTaskType>();
        var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var instanceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<(string Id, int Type, string User, string? Team, List<int> Events)>();
        foreach (var (e, truth, _) in simulated)
        {
            var i = events.Count;
            events.Add(e);
            steps.Add(truth.TaskInstance.Length == 0 ? null : truth.Step);
            if (truth.TaskInstance.Length == 0)
            {
                instanceOf.Add(-1);
                continue;
            }
            if (!typeIndex.TryGetValue(truth.TaskType, out var type))
            {
                typeIndex[truth.TaskType] = type = types.Count;
                types.Add(new WorkTaskType(truth.TaskType, truth.TaskType, []));
            }
            if (!instanceIndex.TryGetValue(truth.TaskInstance, out var n))
            {
                instanceIndex[truth.TaskInstance] = n = members.Count;
                members.Add((truth.TaskInstance, type, e.User ?? "", e.Team, []));
            }
            members[n].Events.Add(i);
            instanceOf.Add(n);
        }
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = instanceOf,
            StepOfEvent = steps,
            TaskTypes = types,
            Instances = [.. members.Select(m => new WorkInstance(m.Id, m.Type, m.User, m.Team, null, m.Events))],
        };
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }
}
