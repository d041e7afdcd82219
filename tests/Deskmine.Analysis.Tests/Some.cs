using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests;

/// <summary>Test data for the analysis stage: events and work logs built from plain values.</summary>
internal static class Some
{
    /// <summary>Microseconds of <paramref name="seconds"/> after 2024-03-04 08:00 UTC.</summary>
    public static long At(double seconds) => 1_709_539_200_000_000L + (long)(seconds * 1_000_000);

    /// <summary>An event of <paramref name="kind"/> at <paramref name="seconds"/>.</summary>
    public static UiEvent Event(double seconds, string kind = EventKinds.Click, string? app = "app.exe", string? user = "u01",
        string? team = "Team A", string? target = null, string? role = null, long? durationMicros = null, string? valueHash = null,
        string? value = null, string? window = null, string? url = null, IReadOnlyDictionary<string, string>? attrs = null) => new()
    {
        Id = Guid.NewGuid(),
        Source = "test",
        Kind = kind,
        Ts = At(seconds),
        Duration = durationMicros,
        User = user,
        Team = team,
        App = app,
        Window = window,
        Url = url,
        TargetName = target,
        TargetRole = role,
        ValueHash = valueHash,
        Value = value,
        Attrs = attrs,
    };

    /// <summary>
    /// A work log in which each listed instance holds the given events (with their step names); every instance is
    /// of task type 0 unless given.
    /// </summary>
    public static WorkLog Log(params (string User, string? Team, int Type, (UiEvent Event, string Step)[] Events)[] instances)
    {
        var events = new List<UiEvent>();
        var instanceOf = new List<int>();
        var stepOf = new List<string?>();
        var list = new List<WorkInstance>();
        var types = instances.Length == 0 ? 0 : instances.Max(x => x.Type) + 1;
        for (var n = 0; n < instances.Length; n++)
        {
            var (user, team, type, evs) = instances[n];
            var indices = new List<int>();
            foreach (var (e, step) in evs)
            {
                indices.Add(events.Count);
                events.Add(e);
                instanceOf.Add(n);
                stepOf.Add(step);
            }
            list.Add(new WorkInstance($"s{n:D6}", type, user, team, null, indices));
        }
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = instanceOf,
            StepOfEvent = stepOf,
            TaskTypes = [.. Enumerable.Range(0, types).Select(t => new WorkTaskType($"t{t}", $"Task {t}", ["app.exe"]))],
            Instances = list,
        };
    }
}
