using System.Text.Json;
using Deskmine.Analysis.Compliance.Reference;

namespace Deskmine.Analysis.Compliance;

public static partial class ComplianceJson
{
    /// <summary>
    /// The optional <c>walkthrough</c> object:
    /// <code>
    /// "walkthrough": { "task_type": { "id", "name", "matched_by": "task" | "steps", "overlap" },
    ///   "variants": [ { "name", "steps": [ … ], "applications": [ … ] } ], "unmatched_steps": [ … ],
    ///   "instances", "conforming", "skipped", "added", "reordered", "other_applications",   instance counts
    ///   "steps": [ { "step", "prescribed", "skipped", "reordered", "added" } ],
    ///   "min_people", "suppressed_teams",
    ///   "rates_by_team": [ { "team", "people", "instances", "deviating", "rate", "skipped", "added", "reordered", "other_applications" } ],
    ///   "deviations": [ { "instance", "team", "start", "variant", "skipped": [], "added": [], "reordered": [], "other_applications": [] } ] }
    /// </code>
    /// Deviations list only the instances that depart; a team below k is null there.
    /// </summary>
    private static void WriteReference(Utf8JsonWriter w, ReferenceReport r)
    {
        w.WriteStartObject("walkthrough");
        w.WriteStartObject("task_type");
        w.WriteString("id", r.TaskTypeId);
        w.WriteString("name", r.TaskTypeName);
        w.WriteString("matched_by", r.MatchedBy);
        w.WriteNumber("overlap", Math.Round(r.Overlap, 4));
        w.WriteEndObject();
        w.WriteStartArray("variants");
        foreach (var v in r.Variants)
        {
            w.WriteStartObject();
            w.WriteString("name", v.Name);
            Strings(w, "steps", v.Steps);
            Strings(w, "applications", v.Applications);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "unmatched_steps", r.UnmatchedSteps);
        w.WriteNumber("instances", r.Instances.Count);
        w.WriteNumber("conforming", r.Conforming);
        w.WriteNumber("skipped", r.Instances.Count(d => d.Skipped.Count > 0));
        w.WriteNumber("added", r.Instances.Count(d => d.Added.Count > 0));
        w.WriteNumber("reordered", r.Instances.Count(d => d.Reordered.Count > 0));
        w.WriteNumber("other_applications", r.Instances.Count(d => d.OtherApplications.Count > 0));
        w.WriteStartArray("steps");
        foreach (var s in r.Steps)
        {
            w.WriteStartObject();
            w.WriteString("step", s.Step);
            w.WriteBoolean("prescribed", s.Prescribed);
            w.WriteNumber("skipped", s.Skipped);
            w.WriteNumber("reordered", s.Reordered);
            w.WriteNumber("added", s.Added);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("min_people", r.MinPeople);
        w.WriteNumber("suppressed_teams", r.SuppressedTeams);
        w.WriteStartArray("rates_by_team");
        foreach (var t in r.Teams)
        {
            w.WriteStartObject();
            w.WriteString("team", t.Team);
            w.WriteNumber("people", t.People);
            w.WriteNumber("instances", t.Instances);
            w.WriteNumber("deviating", t.Deviating);
            w.WriteNumber("rate", t.Rate);
            w.WriteNumber("skipped", t.Skipped);
            w.WriteNumber("added", t.Added);
            w.WriteNumber("reordered", t.Reordered);
            w.WriteNumber("other_applications", t.OtherApplications);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("deviations");
        foreach (var d in r.Instances.Where(d => !d.Conforms))
        {
            w.WriteStartObject();
            w.WriteString("instance", d.Instance);
            if (d.Team is { } team)
                w.WriteString("team", team);
            else
                w.WriteNull("team");
            WriteTime(w, "start", d.Start);
            w.WriteNumber("variant", d.Variant);
            Strings(w, "skipped", d.Skipped);
            Strings(w, "added", d.Added);
            Strings(w, "reordered", d.Reordered);
            Strings(w, "other_applications", d.OtherApplications);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
