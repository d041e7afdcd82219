using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Candidates;

namespace Deskmine.Analysis.Results;

/// <summary>
/// The analysis result as JSON, the contract of <c>analyze --json</c>: one object
/// <c>{period: {from, to, days}, assumptions, candidates: [...], time_study: [...]}</c>, snake_case keys, invariant
/// numbers, ISO-8601 UTC times. See <c>docs/analysis.md</c>.
/// </summary>
public static partial class AnalysisJson
{
    /// <summary>Writes <paramref name="result"/> as indented JSON.</summary>
    public static string Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("period");
            w.WriteString("from", Time(result.Period.From));
            w.WriteString("to", Time(result.Period.To));
            w.WriteNumber("days", result.Period.Days);
            w.WriteEndObject();
            w.WritePropertyName("assumptions");
            AssumptionsJson.Write(w, result.Assumptions);
            w.WriteStartArray("candidates");
            foreach (var c in result.Candidates)
                WriteCandidate(w, c);
            w.WriteEndArray();
            w.WriteStartArray("time_study");
            foreach (var t in result.TimeStudy)
                WriteTimes(w, t);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Time(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    // Four decimals keep shares and hours readable without losing anything a reader can use.
    private static void Number(Utf8JsonWriter w, string name, double value) => w.WriteNumber(name, Math.Round(value, 4));

    private static void WriteCandidate(Utf8JsonWriter w, Candidate c)
    {
        w.WriteStartObject();
        w.WriteString("kind", c.Kind == CandidateKind.TaskType ? "task_type" : "routine");
        w.WriteString("task_type", c.TaskTypeId);
        w.WriteString("name", c.Name);
        w.WriteStartArray("steps");
        foreach (var s in c.Steps)
            w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteNumber("instances", c.Instances);
        w.WriteNumber("people", c.People);
        Number(w, "hours_observed", c.HoursObserved);
        Number(w, "hours_per_year", c.HoursPerYear);
        Number(w, "fte", c.Fte);
        Number(w, "score", c.Score);
        w.WriteStartObject("score_parts");
        foreach (var p in c.ScoreParts)
        {
            w.WriteStartObject(p.Feature);
            Number(w, "value", p.Value);
            Number(w, "weight", p.Weight);
            Number(w, "contribution", p.Contribution);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("features");
        foreach (var f in Features.All.Where(c.Features.ContainsKey))
            Number(w, f, c.Features[f]);
        w.WriteEndObject();
        w.WriteString("technology", c.Technology);
        w.WriteString("reason", c.Reason);
        var s2 = c.Savings;
        Number(w, "savings_per_year", s2.SavingsPerYear);
        Number(w, "implementation_cost", s2.ImplementationCost);
        Nullable(w, "payback_months", s2.PaybackMonths);
        Number(w, "yearly_upkeep", s2.YearlyUpkeep);
        Number(w, "net_per_year", s2.NetPerYear);
        Number(w, "automatable_share", s2.AutomatableShare);
        Number(w, "hours_saved_per_year", s2.HoursPerYear);
        Number(w, "fte_saved", s2.Fte);
        w.WriteStartArray("sensitivity");
        foreach (var e in c.Sensitivity)
        {
            w.WriteStartObject();
            w.WriteString("assumption", e.Assumption);
            Number(w, "low", e.Low);
            Number(w, "high", e.High);
            Number(w, "savings_low", e.SavingsLow);
            Number(w, "savings_high", e.SavingsHigh);
            Nullable(w, "payback_low", e.PaybackLow);
            Nullable(w, "payback_high", e.PaybackHigh);
            Number(w, "swing", e.Swing);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("data_transfers");
        foreach (var t in c.DataTransfers)
        {
            w.WriteStartObject();
            w.WriteString("from_app", t.FromApp);
            w.WriteString("from_field", t.FromField);
            w.WriteString("to_app", t.ToApp);
            w.WriteString("to_field", t.ToField);
            w.WriteNumber("count", t.Count);
            w.WriteString("matched_by", t.MatchedBy == Transfers.DataTransferMatch.Hash ? "hash" : "value");
            if (t.Transformation is null)
                w.WriteNull("transformation");
            else
                w.WriteString("transformation", t.Transformation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
            Number(w, name, v);
        else
            w.WriteNull(name);
    }
}
