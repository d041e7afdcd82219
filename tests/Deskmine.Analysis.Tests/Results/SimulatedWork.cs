using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Simulation;

namespace Deskmine.Analysis.Tests.Results;

/// <summary>Work logs built from a simulator run: from its truth and from recognition.</summary>
internal static class SimulatedWork
{
    /// <summary>Instances, types and steps as the simulator's ground truth states them.</summary>
    public static WorkLog FromTruth(IReadOnlyList<SimulatedEvent> sim)
    {
        var types = sim.Select(s => s.Truth.TaskType).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var instanceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        var instanceOf = new int[sim.Count];
        for (var i = 0; i < sim.Count; i++)
        {
            var id = sim[i].Truth.TaskInstance;
            if (id.Length == 0)
            {
                instanceOf[i] = -1;
                continue;
            }
            if (!instanceIndex.TryGetValue(id, out var n))
            {
                instanceIndex[id] = n = members.Count;
                members.Add([]);
            }
            members[n].Add(i);
            instanceOf[i] = n;
        }
        var instances = instanceIndex.OrderBy(kv => kv.Value).Select(kv =>
        {
            var first = sim[members[kv.Value][0]];
            return new WorkInstance(kv.Key, types.IndexOf(first.Truth.TaskType), first.Event.User ?? "", first.Event.Team, null,
                [.. members[kv.Value].OrderBy(i => sim[i].Event.Ts).ThenBy(i => i)]);
        }).ToArray();
        return new WorkLog
        {
            Events = [.. sim.Select(s => s.Event)],
            InstanceOfEvent = instanceOf,
            StepOfEvent = [.. sim.Select(s => s.Truth.TaskInstance.Length == 0 ? null : s.Truth.Step)],
            TaskTypes = [.. types.Select(t => new WorkTaskType(t, t, []))],
            Instances = instances,
        };
    }

    /// <summary>Instances = recognised segments, types = recognised task types, step = action label.</summary>
    public static WorkLog FromRecognition(IReadOnlyList<UiEvent> events, RecognitionResult r)
    {
        var members = r.Segments.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < events.Count; i++)
        {
            if (r.SegmentOfEvent[i] >= 0)
                members[r.SegmentOfEvent[i]].Add(i);
        }
        var kept = Enumerable.Range(0, members.Length).Where(s => members[s].Count > 0).ToArray();
        var newIndex = new int[members.Length];
        Array.Fill(newIndex, -1);
        for (var k = 0; k < kept.Length; k++)
            newIndex[kept[k]] = k;
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = [.. r.SegmentOfEvent.Select(s => s < 0 ? -1 : newIndex[s])],
            StepOfEvent = [.. Enumerable.Range(0, events.Count).Select(i => r.SegmentOfEvent[i] < 0 ? null : r.ActionLabelOfEvent[i])],
            TaskTypes = [.. r.TaskTypes.Select(t => new WorkTaskType(t.Key, t.Name, t.Applications))],
            Instances = [.. kept.Select(s => new WorkInstance($"seg{s}", r.Segments[s].TaskType, r.Segments[s].User,
                events[members[s][0]].Team, r.Segments[s].CaseId,
                [.. members[s].OrderBy(i => events[i].Ts).ThenBy(i => i)]))],
        };
    }
}
