using System.Globalization;
using Deskmine.Workspaces.Analyses;

namespace Deskmine.Cli.Commands;

/// <summary>The text rendering of an analysis run: period and assumptions, then the ranked candidates with their reasons.</summary>
internal static class AnalysisText
{
    public static void Write(AnalysisRunResult run, int top, TextWriter o)
    {
        var a = run.Analysis;
        var p = a.Period;
        var s = a.Assumptions;
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv,
            $"Observed {p.From:yyyy-MM-dd} – {p.To:yyyy-MM-dd}: {p.Days} working days; yearly figures extrapolate to {s.WorkingDaysPerYear:0} working days."));
        o.WriteLine(string.Create(inv,
            $"Assumptions: {s.HourlyRate:0.##} {s.Currency}/h, {s.HoursPerFte:N0} h per FTE; technology costs and shares in --json (or docs/analysis.md)."));
        o.WriteLine(string.Create(inv,
            $"{run.Work.Instances.Count:N0} task instances of {run.Work.TaskTypes.Count} task types; {a.Candidates.Count} candidates, best first:"));
        o.WriteLine();
        var rank = 0;
        foreach (var c in a.Candidates.Take(top))
        {
            rank++;
            var payback = c.Savings.PaybackMonths is { } m ? string.Create(inv, $"{m:0.#} months") : "never";
            o.WriteLine(string.Create(inv, $"{rank,2}. {c.Name}  [{c.Kind.ToString().ToLowerInvariant()} {c.TaskTypeId}]"));
            o.WriteLine(string.Create(inv,
                $"    score {c.Score:0.000} · {c.Instances:N0} instances by {c.People} people · {c.HoursObserved:N1} h observed → {c.HoursPerYear:N0} h/year ({c.Fte:0.00} FTE)"));
            o.WriteLine(string.Create(inv,
                $"    {c.Technology}: saves {c.Savings.HoursPerYear:N0} h = {c.Savings.SavingsPerYear:N0} {s.Currency}/year; costs {c.Savings.ImplementationCost:N0} + {c.Savings.YearlyUpkeep:N0}/year; payback {payback}"));
            o.WriteLine($"    why: {c.Reason}");
            o.WriteLine("    score parts: " + string.Join(", ", c.ScoreParts.OrderByDescending(x => x.Contribution)
                .Select(x => string.Create(inv, $"{x.Feature} {x.Value:0.00}×{x.Weight:0.00}"))));
            foreach (var t in c.DataTransfers.Take(3))
                o.WriteLine(string.Create(inv, $"    data: {t.FromApp} '{t.FromField}' → {t.ToApp} '{t.ToField}' ×{t.Count:N0}"));
        }
        if (a.Candidates.Count > top)
            o.WriteLine(string.Create(inv, $"… {a.Candidates.Count - top} more (--top N, or --json for all)."));
    }
}
