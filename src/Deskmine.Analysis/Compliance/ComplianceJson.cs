using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Analysis.Compliance.Replay;

namespace Deskmine.Analysis.Compliance;

/// <summary>
/// Writes a <see cref="ComplianceResult"/> as JSON. The shape is a contract:
/// <code>
/// { "cases": 6,
///   "rules": [ { "id", "template", "checked", "violated" }, … ],            in rule order
///   "deviations": [ { "rule", "template", "case", "group", "case_start",
///                     "events": [ { "event", "activity", "time", "resource" }, … ],
///                     "skipped": [ … ],                                     model checks only
///                     "message" }, … ],
///   "group_by": "team",
///   "rates_by_team": [ { "value", "cases", "violating", "rate", "by_rule": { id: cases } }, … ],
///   "warnings": [ { "rule", "activity", "closest": [ … ], "message" }, … ],
///   "fitness": [ { "method", "cases", "fitting_cases", "log_fitness", "average_fitness", "variants",
///                  "seconds", "gave_up": [ { "case", "reason" } ],
///                  "per_case": [ { "case", "fitness", "fits", "cost" } ] } ] },  model checks only
///   "walkthrough": { … } }                                                 with --walkthrough only, see WriteReference
/// </code>
/// Times are ISO 8601 UTC with microseconds (<c>2024-03-04T08:00:00.000000Z</c>) or null; the rates key is
/// <c>rates_by_</c> + the grouping attribute (default team), absent when the log has no such attribute.
/// </summary>
public static partial class ComplianceJson
{
    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    public static string Write(ComplianceResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(result, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON of <paramref name="result"/> to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(ComplianceResult result, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        w.WriteStartObject();
        w.WriteNumber("cases", result.Cases);
        w.WriteStartArray("rules");
        foreach (var r in result.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("template", r.Template);
            w.WriteNumber("checked", r.Checked);
            w.WriteNumber("violated", r.Violated);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("deviations");
        foreach (var d in result.Deviations)
            WriteDeviation(w, d);
        w.WriteEndArray();
        if (result.GroupBy is { } groupBy)
        {
            w.WriteString("group_by", groupBy);
            w.WriteStartArray("rates_by_" + groupBy);
            foreach (var g in result.Rates)
            {
                w.WriteStartObject();
                w.WriteString("value", g.Value);
                w.WriteNumber("cases", g.Cases);
                w.WriteNumber("violating", g.Violating);
                w.WriteNumber("rate", g.Rate);
                w.WriteStartObject("by_rule");
                foreach (var (rule, count) in g.ByRule)
                    w.WriteNumber(rule, count);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("warnings");
        foreach (var x in result.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("rule", x.Rule);
            w.WriteString("activity", x.Activity);
            w.WriteStartArray("closest");
            foreach (var c in x.Closest)
                w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteString("message", x.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (result.Fitness.Count > 0)
        {
            w.WriteStartArray("fitness");
            foreach (var f in result.Fitness)
                WriteFitness(w, f);
            w.WriteEndArray();
        }
        if (result.Reference is { } reference)
            WriteReference(w, reference);
        w.WriteEndObject();
    }

    /// <summary>A time in microseconds since the Unix epoch as ISO 8601 UTC with microseconds.</summary>
    public static string FormatTime(long micros) =>
        DateTimeOffset.UnixEpoch.AddTicks(micros * 10).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteDeviation(Utf8JsonWriter w, Deviation d)
    {
        w.WriteStartObject();
        w.WriteString("rule", d.Rule);
        w.WriteString("template", d.Template);
        w.WriteString("case", d.Case);
        if (d.Group is { } g)
            w.WriteString("group", g);
        WriteTime(w, "case_start", d.CaseStart);
        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("event", e.EventRef);
            w.WriteString("activity", e.Activity);
            WriteTime(w, "time", e.Timestamp);
            if (e.Resource is { } r)
                w.WriteString("resource", r);
            else
                w.WriteNull("resource");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (d.Skipped.Count > 0)
        {
            w.WriteStartArray("skipped");
            foreach (var s in d.Skipped)
                w.WriteStringValue(s);
            w.WriteEndArray();
        }
        w.WriteString("message", d.Message);
        w.WriteEndObject();
    }

    private static void WriteFitness(Utf8JsonWriter w, ModelFitness f)
    {
        w.WriteStartObject();
        w.WriteString("method", f.Method);
        w.WriteNumber("cases", f.Cases);
        w.WriteNumber("fitting_cases", f.FittingCases);
        w.WriteNumber("log_fitness", f.LogFitness);
        w.WriteNumber("average_fitness", f.AverageFitness);
        w.WriteNumber("variants", f.Variants);
        w.WriteNumber("seconds", Math.Round(f.Seconds, 3));
        w.WriteStartArray("gave_up");
        foreach (var g in f.GaveUp)
        {
            w.WriteStartObject();
            w.WriteString("case", g.Case);
            w.WriteString("reason", g.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("per_case");
        foreach (var c in f.PerCase)
        {
            w.WriteStartObject();
            w.WriteString("case", c.Case);
            w.WriteNumber("fitness", c.Fitness);
            w.WriteBoolean("fits", c.Fits);
            w.WriteNumber("cost", c.Cost);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, long? micros)
    {
        if (micros is { } t)
            w.WriteString(name, FormatTime(t));
        else
            w.WriteNull(name);
    }
}
