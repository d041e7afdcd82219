using System.Text.Json;

namespace Deskmine.Storage.Tests.Formats;

/// <summary>pm4py's reference figures for a log in <c>../shared/data/eventlogs/expected</c>.</summary>
internal sealed record Expected(int Events, int Cases, Dictionary<string, int> Activities)
{
    public static Expected For(string logFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Path($"eventlogs/expected/{logFile}.json")));
        var root = doc.RootElement;
        var activities = root.GetProperty("activities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        return new Expected(root.GetProperty("num_events").GetInt32(), root.GetProperty("num_cases").GetInt32(), activities);
    }
}
