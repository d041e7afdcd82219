using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;
using Deskmine.Mining.Models;

namespace Deskmine.Reporting;

/// <summary>
/// Computes a <see cref="ReportModel"/> from an event log: the overall map and its process model, one map per task
/// type and the figures of each team. Pure: the caller reads the log and writes the file.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds the model for <paramref name="log"/>.</summary>
    public static ReportModel Build(EventLog log, ReportBuilderOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var mapOptions = new ProcessMapOptions { MaxVariants = options.MaxVariants };
        var mapLog = PerMap(log, options);
        var map = ProcessMaps.Discover(mapLog, mapOptions);
        var figures = new List<ReportFigure>();
        if (log.Attributes.TryGetValue(options.UserAttribute, out var users))
            figures.Add(new ReportFigure("People", Distinct(users.Codes).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        if (Span(log) is var (first, last))
            figures.Add(new ReportFigure("Period", $"{Day(first)} – {Day(last)}"));

        return new ReportModel
        {
            Title = options.Title,
            Subtitle = options.Subtitle,
            GeneratedAt = options.GeneratedAt,
            Map = map,
            ProcessModel = options.ModelNoise is { } noise ? Model(mapLog, noise, "All work") : null,
            Figures = figures,
            Teams = Teams(log, options, mapOptions),
            TaskMaps = TaskMaps(log, options, mapOptions),
        };
    }

    private static List<TeamStatistics> Teams(EventLog log, ReportBuilderOptions options, ProcessMapOptions mapOptions)
    {
        var result = new List<TeamStatistics>();
        if (!log.Attributes.TryGetValue(options.TeamAttribute, out var teams))
            return result;
        foreach (var team in Present(teams).Order(StringComparer.Ordinal))
        {
            var teamLog = new AttributeFilter(new AttributeFilterOptions { Attribute = options.TeamAttribute, Values = [team] }).Apply(log);
            var teamMap = ProcessMaps.Discover(PerMap(teamLog, options), mapOptions with { MaxVariants = 1 });
            var durations = CaseDurations(teamLog);
            var top = teamMap.Variants.Count > 0 ? teamMap.Variants[0] : null;
            result.Add(new TeamStatistics
            {
                Team = team,
                People = teamLog.Attributes.TryGetValue(options.UserAttribute, out var users) ? Distinct(users.Codes) : 0,
                Cases = teamMap.NumCases,
                Events = teamMap.NumEvents,
                MeanCaseDurationS = durations.Count > 0 ? durations.Average() : null,
                MedianCaseDurationS = durations.Count > 0 ? Median(durations) : null,
                TopVariant = top?.Activities,
                TopVariantCases = top?.Count ?? 0,
            });
        }
        return result;
    }

    private static List<TaskMap> TaskMaps(EventLog log, ReportBuilderOptions options, ProcessMapOptions mapOptions)
    {
        var result = new List<TaskMap>();
        if (options.TaskTypeAttribute is not { } attribute || !log.Attributes.TryGetValue(attribute, out var types))
            return result;
        foreach (var type in Present(types).Order(StringComparer.Ordinal))
        {
            // Event mode: a case's interruptions by other task types stay out of this type's map.
            var typeLog = new AttributeFilter(new AttributeFilterOptions { Attribute = attribute, Values = [type], Mode = AttributeFilterMode.Events }).Apply(log);
            if (typeLog.CaseCount < options.MinTaskTypeCases)
                continue;
            var mapLog = PerMap(typeLog, options);
            result.Add(new TaskMap(type, ProcessMaps.Discover(mapLog, mapOptions))
            {
                ProcessModel = options.ModelNoise is { } noise ? Model(mapLog, noise, type) : null,
            });
        }
        result.Sort((a, b) => b.Map.NumCases.CompareTo(a.Map.NumCases));
        return result;
    }

    // The model is found on the map's own log (rare steps folded the same way), so its tasks are the map's boxes.
    private static ReportProcessModel? Model(EventLog log, double noise, string name)
    {
        if (log.CaseCount == 0 || log.EventCount == 0)
            return null;
        var tree = ProcessTrees.Discover(log, new InductiveMinerOptions { NoiseThreshold = noise });
        // Through UTF-8 bytes, so the XML declaration says utf-8 (a StringWriter would declare utf-16), as the
        // downloaded file is.
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
            BpmnDocument.Write(tree, writer, name);
        return new ReportProcessModel(System.Text.Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length), tree.ToString(), noise);
    }

    private static EventLog PerMap(EventLog log, ReportBuilderOptions options) =>
        options.MapLogFilter is { } filter ? filter.Apply(log) : log;

    private static IEnumerable<string> Present(CategoricalColumn column)
    {
        var seen = new bool[column.Names.Count];
        foreach (var code in column.Codes)
        {
            if (code >= 0)
                seen[code] = true;
        }
        for (var i = 0; i < seen.Length; i++)
        {
            if (seen[i] && column.Names[i].Length > 0)
                yield return column.Names[i];
        }
    }

    private static int Distinct(int[] codes) => codes.Where(c => c >= 0).Distinct().Count();

    private static List<double> CaseDurations(EventLog log)
    {
        var durations = new List<double>(log.CaseCount);
        for (var c = 0; c < log.CaseCount; c++)
        {
            var ts = log.TimestampsOf(c);
            if (ts.Length > 0 && ts[0] != EventLog.NoTimestamp && ts[^1] != EventLog.NoTimestamp)
                durations.Add((ts[^1] - ts[0]) / 1e6);
        }
        return durations;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static (long First, long Last)? Span(EventLog log)
    {
        long first = long.MaxValue, last = long.MinValue;
        foreach (var ts in log.Timestamps)
        {
            if (ts == EventLog.NoTimestamp)
                continue;
            first = Math.Min(first, ts);
            last = Math.Max(last, ts);
        }
        return first <= last ? (first, last) : null;
    }

    private static string Day(long micros) => Core.Timestamps.ToIso(micros)[..10];
}
