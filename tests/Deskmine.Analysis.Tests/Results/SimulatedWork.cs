using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Simulation;

namespace Deskmine.Analysis.Tests.Results;

/// <summary>Work logs and data transfers built from a simulator run: from its truth and from recognition.</summary>
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

    /// <summary>
    /// A plain data-transfer finder for tests: within an instance, a pasted or typed value whose keyed hash was seen
    /// earlier in another application or field moved from there.
    /// </summary>
    public static DataTransferReport Transfers(WorkLog log)
    {
        var counts = new Dictionary<(int, string, string, string, string), int>();
        var inTransfer = new double[log.TaskTypes.Count];
        var eventsOfType = new double[log.TaskTypes.Count];
        foreach (var instance in log.Instances)
        {
            var first = new Dictionary<string, (int Event, string App, string Field)>(StringComparer.Ordinal);
            var involved = new HashSet<int>();
            foreach (var i in instance.Events)
            {
                var e = log.Events[i];
                if (string.IsNullOrEmpty(e.ValueHash))
                    continue;
                var field = e.TargetName ?? e.Attrs?.GetValueOrDefault("cell") ?? "";
                var app = e.App ?? "";
                if (!first.TryGetValue(e.ValueHash, out var from))
                {
                    first[e.ValueHash] = (i, app, field);
                    continue;
                }
                if (e.Kind is not (EventKinds.Paste or EventKinds.TextInput) || (from.App == app && from.Field == field))
                    continue;
                var key = (instance.TaskType, from.App, from.Field, app, field);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                involved.Add(from.Event);
                involved.Add(i);
            }
            inTransfer[instance.TaskType] += involved.Count;
            eventsOfType[instance.TaskType] += instance.Events.Count;
        }
        return new DataTransferReport(
            [.. counts.OrderByDescending(kv => kv.Value).Select(kv => new DataTransfer(
                kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Key.Item4, kv.Key.Item5, kv.Value, DataTransferMatch.Hash, null))],
            [.. inTransfer.Select((n, t) => eventsOfType[t] == 0 ? 0 : n / eventsOfType[t])]);
    }
}
