using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Workspaces.Work;

/// <summary>
/// Builds a <see cref="WorkLog"/> from the events and what a source says about each: instances with their events in
/// time order (ties in stored order), ordered by start time; the person and team of an instance are those of its
/// first event.
/// </summary>
internal static class WorkLogBuilder
{
    /// <param name="events">The events, in stored order.</param>
    /// <param name="work">Per event, its instance, type, step and case.</param>
    /// <param name="knownTypes">Types the source describes (id, name, applications), in their order; types the
    /// events name beyond these are added with their id as name and applications in their usual order.</param>
    public static WorkLog Build(IReadOnlyList<UiEvent> events, IReadOnlyList<EventWork> work, IReadOnlyList<WorkTaskType> knownTypes)
    {
        // Compact events give their times without making each event.
        Func<int, long?> ts = events is CompactEvents compact ? compact.TsOf : i => events[i].Ts;
        var order = Enumerable.Range(0, events.Count).OrderBy(i => ts(i) ?? 0).ThenBy(i => i).ToArray();
        var byInstance = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            if (work[i].Instance is not { } id)
                continue;
            if (!byInstance.TryGetValue(id, out var list))
                byInstance[id] = list = [];
            list.Add(i);
        }

        var types = knownTypes.ToList();
        var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < types.Count; t++)
            typeIndex.TryAdd(types[t].Id, t);
        var added = new List<string>();
        var instances = new List<WorkInstance>(byInstance.Count);
        foreach (var (id, list) in byInstance.OrderBy(p => ts(p.Value[0]) ?? 0).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var first = list[0];
            var typeId = work[first].TaskType ?? "";
            if (!typeIndex.TryGetValue(typeId, out var type))
            {
                typeIndex[typeId] = type = types.Count;
                types.Add(new WorkTaskType(typeId, typeId, []));
                added.Add(typeId);
            }
            var caseId = list.Select(i => work[i].CaseId).FirstOrDefault(c => c is not null);
            instances.Add(new WorkInstance(id, type, events[first].User ?? "", events[first].Team, caseId, list));
        }
        foreach (var typeId in added)
        {
            var t = typeIndex[typeId];
            types[t] = types[t] with { Applications = UsualApplications(events, instances.Where(x => x.TaskType == t)) };
        }

        var instanceOfEvent = new int[events.Count];
        Array.Fill(instanceOfEvent, -1);
        for (var k = 0; k < instances.Count; k++)
        {
            foreach (var i in instances[k].Events)
                instanceOfEvent[i] = k;
        }
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = instanceOfEvent,
            StepOfEvent = [.. work.Select(w => w.Step)],
            TaskTypes = types,
            Instances = instances,
        };
    }

    /// <summary>
    /// Applications in the order a type's instances usually visit them: by the mean position of each application's
    /// first visit among an instance's applications (0 first, 1 last), ties by name.
    /// </summary>
    public static IReadOnlyList<string> UsualApplications(IReadOnlyList<UiEvent> events, IEnumerable<WorkInstance> instances)
    {
        var positions = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            var visited = instance.Events.Select(i => events[i].App).OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            for (var k = 0; k < visited.Count; k++)
            {
                var position = visited.Count == 1 ? 0 : (double)k / (visited.Count - 1);
                var (sum, count) = positions.GetValueOrDefault(visited[k]);
                positions[visited[k]] = (sum + position, count + 1);
            }
        }
        return [.. positions.OrderBy(p => p.Value.Sum / p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
    }
}
