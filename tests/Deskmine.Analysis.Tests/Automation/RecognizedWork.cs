using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;

namespace Deskmine.Analysis.Tests.Automation;

/// <summary>A work log from an imported UI log the way the application layer builds it: recognition's segments as instances.</summary>
internal static class RecognizedWork
{
    public static WorkLog From(IReadOnlyList<UiEvent> events)
    {
        var result = TaskRecognizer.Recognize(events);
        var members = result.Segments.Select(_ => new List<int>()).ToArray();
        var order = Enumerable.Range(0, events.Count).OrderBy(i => events[i].Ts ?? 0).ThenBy(i => i);
        foreach (var i in order)
        {
            if (result.SegmentOfEvent[i] >= 0)
                members[result.SegmentOfEvent[i]].Add(i);
        }
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = result.SegmentOfEvent,
            StepOfEvent = [.. result.ActionLabelOfEvent],
            TaskTypes = [.. result.TaskTypes.Select(t => new WorkTaskType(t.Key, t.Name, t.Applications))],
            Instances = [.. result.Segments.Select(s => new WorkInstance($"s{s.Index:D6}", s.TaskType, s.User, null, s.CaseId, members[s.Index]))],
        };
    }
}
