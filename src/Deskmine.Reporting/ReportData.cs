using System.Text.Json;
using Deskmine.Mining.Maps;

namespace Deskmine.Reporting;

/// <summary>
/// Writes the data the page script draws maps from. Activities are sent once per map and referred to by
/// index, most frequent first, so the activities slider is a prefix of the list.
/// </summary>
/// <remarks>
/// Shape: <c>{"options":{…},"maps":[{"name","cases","events","activities":[[name,count,cases]…],
/// "edges":[[src,tgt,freq,mean,median]…],"start":[[idx,cases]…],"end":[[idx,cases]…]}…]}</c>.
/// The writer's default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes as \uXXXX, so no
/// activity name can close the surrounding script element.
/// </remarks>
internal static class ReportData
{
    public static void Write(Stream output, ReportModel model, HtmlReportOptions options)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("options");
        json.WriteNumber("activities", options.InitialActivitiesPercent);
        json.WriteNumber("paths", options.InitialPathsPercent);
        json.WriteString("view", options.InitialView == MapView.Performance ? "performance" : "frequency");
        json.WriteString("measure", options.InitialMeasure == PerformanceMeasure.Mean ? "mean" : "median");
        json.WriteEndObject();
        json.WriteStartArray("maps");
        WriteMap(json, "All work", model.Map);
        foreach (var task in model.TaskMaps)
        {
            WriteMap(json, task.Name, task.Map);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, ProcessMap map)
    {
        var activities = map.Activities
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!index.TryAdd(activity.Name, index.Count))
            {
                throw new ArgumentException($"Map '{name}' lists activity '{activity.Name}' twice.", nameof(map));
            }
        }

        int IndexOf(string activity) => index.TryGetValue(activity, out var i)
            ? i
            : throw new ArgumentException($"Map '{name}' has a path or start/end entry for activity '{activity}' that is not in its activity list.", nameof(map));

        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteNumber("cases", map.NumCases);
        json.WriteNumber("events", map.NumEvents);
        json.WriteStartArray("activities");
        foreach (var activity in activities)
        {
            json.WriteStartArray();
            json.WriteStringValue(activity.Name);
            json.WriteNumberValue(activity.Count);
            json.WriteNumberValue(activity.Cases);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in map.Edges)
        {
            json.WriteStartArray();
            json.WriteNumberValue(IndexOf(edge.Source));
            json.WriteNumberValue(IndexOf(edge.Target));
            json.WriteNumberValue(edge.Frequency);
            WriteSeconds(json, edge.MeanS);
            WriteSeconds(json, edge.MedianS);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteEndpoints(json, "start", map.StartActivities, IndexOf);
        WriteEndpoints(json, "end", map.EndActivities, IndexOf);
        json.WriteEndObject();
    }

    private static void WriteEndpoints(Utf8JsonWriter json, string property, IReadOnlyDictionary<string, int> counts, Func<string, int> indexOf)
    {
        json.WriteStartArray(property);
        foreach (var (activity, cases) in counts.OrderBy(p => indexOf(p.Key)))
        {
            json.WriteStartArray();
            json.WriteNumberValue(indexOf(activity));
            json.WriteNumberValue(cases);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteSeconds(Utf8JsonWriter json, double? seconds)
    {
        if (seconds is { } s && double.IsFinite(s))
        {
            // Millisecond precision is plenty for labels and keeps the file small.
            json.WriteNumberValue(Math.Round(s, 3));
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
