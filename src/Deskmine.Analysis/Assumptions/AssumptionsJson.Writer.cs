using System.Text;
using System.Text.Json;

namespace Deskmine.Analysis.Assumptions;

public static partial class AssumptionsJson
{
    /// <summary>
    /// The assumptions as JSON in the file's own format: every key, so the text shows the effective values and
    /// <see cref="Parse"/> reads it back to equal assumptions.
    /// </summary>
    public static string Write(AnalysisAssumptions assumptions)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            Write(w, assumptions);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="a"/> as one JSON object to <paramref name="w"/>.</summary>
    internal static void Write(Utf8JsonWriter w, AnalysisAssumptions a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteStartObject();
        w.WriteNumber("working_days_per_year", a.WorkingDaysPerYear);
        w.WriteNumber("working_days_per_week", a.WorkingDaysPerWeek);
        w.WriteNumber("hours_per_fte", a.HoursPerFte);
        w.WriteNumber("hourly_rate", a.HourlyRate);
        w.WriteString("currency", a.Currency);
        w.WriteStartObject("technologies");
        foreach (var (name, cost) in a.Technologies.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(name);
            w.WriteNumber("automatable_share", cost.AutomatableShare);
            w.WriteNumber("implementation_cost", cost.ImplementationCost);
            w.WriteNumber("yearly_upkeep", cost.YearlyUpkeep);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        var s = a.Scoring;
        w.WriteStartObject("scoring");
        w.WriteStartObject("weights");
        foreach (var f in Candidates.Features.All.Where(s.Weights.ContainsKey))
            w.WriteNumber(f, s.Weights[f]);
        w.WriteEndObject();
        w.WriteNumber("frequency_half", s.FrequencyHalf);
        w.WriteNumber("hours_half", s.HoursHalf);
        w.WriteNumber("people_half", s.PeopleHalf);
        w.WriteNumber("transfer_share_half", s.TransferShareHalf);
        w.WriteNumber("rare_variant_share", s.RareVariantShare);
        w.WriteNumber("stable_element_share", s.StableElementShare);
        w.WriteNumber("min_routine_length", s.MinRoutineLength);
        w.WriteNumber("max_routine_length", s.MaxRoutineLength);
        w.WriteNumber("min_routine_instances", s.MinRoutineInstances);
        w.WriteNumber("max_routines", s.MaxRoutines);
        w.WriteNumber("max_routine_overlap", s.MaxRoutineOverlap);
        w.WriteStartArray("unstructured_inputs");
        foreach (var p in s.UnstructuredInputs)
        {
            w.WriteStartObject();
            w.WriteString("field", p.Field);
            w.WriteString("contains", p.Contains);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("advice");
        foreach (var rule in a.Advice)
        {
            w.WriteStartObject();
            w.WriteString("technology", rule.Technology);
            w.WriteStartArray("when");
            foreach (var c in rule.When)
            {
                w.WriteStartObject();
                w.WriteString("feature", c.Feature);
                w.WriteString("op", c.Operator);
                w.WriteNumber("value", c.Threshold);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("reason", rule.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
