using System.Text.Json;
using Deskmine.Core.Events;

namespace Deskmine.Simulation.Tests.Support;

/// <summary>Small simulation runs for tests.</summary>
internal static class Some
{
    /// <summary>3 teams × 3 people × 2 days: every process and variant appears, generated in a fraction of a second.</summary>
    public static SimulationOptions SmallOptions() => new() { Days = 2, Teams = 3, PeoplePerTeam = 3 };

    public static List<SimulatedEvent> Run(SimulationOptions options) => [.. new BackOfficeSimulator().Run(options)];

    public static List<SimulatedEvent> SmallRun() => Run(SmallOptions());

    /// <summary>Every field of the event and its truth as JSON (attrs sorted), for byte comparisons.</summary>
    public static string Serialize(SimulatedEvent e)
    {
        var attrs = e.Event.Attrs?.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        return JsonSerializer.Serialize(e.Event with { Attrs = null }) + JsonSerializer.Serialize(attrs) + JsonSerializer.Serialize(e.Truth);
    }

    /// <summary>Consecutive events of one session grouped into maximal runs of the same task instance.</summary>
    public static IEnumerable<(string Instance, int Start, int End)> Blocks(IReadOnlyList<SimulatedEvent> events)
    {
        var start = 0;
        for (var i = 1; i <= events.Count; i++)
        {
            if (i == events.Count || events[i].Truth.TaskInstance != events[start].Truth.TaskInstance
                || events[i].Event.Session != events[start].Event.Session)
            {
                yield return (events[start].Truth.TaskInstance, start, i - 1);
                start = i;
            }
        }
    }

    public static bool IsTask(TruthRecord truth) => truth.TaskInstance.Length > 0;
}
