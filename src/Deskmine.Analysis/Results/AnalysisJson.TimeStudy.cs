using System.Text.Json;
using Deskmine.Analysis.TimeStudy;

namespace Deskmine.Analysis.Results;

public static partial class AnalysisJson
{
    private static void WriteTimes(Utf8JsonWriter w, TaskTypeTimes t)
    {
        w.WriteStartObject();
        w.WriteString("task_type", t.Id);
        w.WriteString("name", t.Name);
        w.WriteNumber("instances", t.Instances);
        w.WriteNumber("people", t.People);
        WriteDurations(w, "handling_seconds", t.Handling);
        WriteDurations(w, "waiting_seconds", t.Waiting);
        Number(w, "instances_per_person_per_week", t.InstancesPerPersonPerWeek);
        Number(w, "hours_observed", t.HoursObserved);
        Number(w, "hours_per_year", t.HoursPerYear);
        Number(w, "fte", t.Fte);
        w.WriteStartArray("applications");
        foreach (var a in t.Applications)
        {
            w.WriteStartObject();
            w.WriteString("app", a.App);
            Number(w, "share", a.Share);
            Number(w, "hours", a.Hours);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("variants");
        foreach (var v in t.Variants)
        {
            w.WriteStartObject();
            w.WriteStartArray("steps");
            foreach (var s in v.Steps)
                w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteNumber("instances", v.Instances);
            Number(w, "share", v.Share);
            WriteDurations(w, "handling_seconds", v.Handling);
            WriteDurations(w, "waiting_seconds", v.Waiting);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("steps");
        foreach (var s in t.Steps)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteNumber("occurrences", s.Occurrences);
            WriteDurations(w, "handling_seconds", s.Handling);
            WriteDurations(w, "waiting_seconds", s.Waiting);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDurations(Utf8JsonWriter w, string name, Durations d)
    {
        w.WriteStartObject(name);
        Number(w, "median", d.Median);
        Number(w, "p90", d.P90);
        Number(w, "total", d.Total);
        w.WriteEndObject();
    }
}
