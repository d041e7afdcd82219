using System.Globalization;
using Deskmine.Analysis.Results;

namespace Deskmine.Reporting.Analysis;

/// <summary>The report's analysis sections, rendered on the server side like the other tables. Every text is escaped.</summary>
internal static class HtmlAnalysis
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, AnalysisSection section)
    {
        WriteCandidates(w, section);
        HtmlStandardisation.Write(w, section.Standardisation);
        HtmlComplianceSummary.Write(w, section);
        HtmlReferenceSummary.Write(w, section.Reference);
        WriteGuides(w, section.Guides);
    }

    private static void WriteCandidates(TextWriter w, AnalysisSection section)
    {
        if (section.Analysis is not { } a)
            return;
        var s = a.Assumptions;
        w.WriteLine("<section id=\"candidates\"><h2>Automation candidates</h2>");
        w.WriteLine(string.Create(Inv,
            $"<p class=\"lead\">What to automate first, what it saves and with which technology — ranked by an explainable score from measured features. Observed {a.Period.From:yyyy-MM-dd} to {a.Period.To:yyyy-MM-dd} ({a.Period.Days} working days); yearly figures extrapolate to {s.WorkingDaysPerYear:0} working days at {Html.Escape(s.HourlyRate.ToString("0.##", Inv))} {Html.Escape(s.Currency)} an hour and {s.HoursPerFte:N0} hours per FTE.</p>"));
        if (a.Candidates.Count == 0)
        {
            w.WriteLine("<p class=\"empty\">No candidates: no task instances were found.</p></section>");
            return;
        }

        w.WriteLine("<div class=\"table-wrap\"><table class=\"data candidates\"><thead><tr><th>#</th><th>Candidate</th><th>Technology</th><th class=\"num\">Score</th><th class=\"num\">Instances</th><th class=\"num\">People</th><th class=\"num\">Hours / year</th><th class=\"num\">FTE</th><th class=\"num\">Savings / year</th><th class=\"num\">Cost</th><th class=\"num\">Payback</th></tr></thead><tbody>");
        var shown = a.Candidates.Take(section.MaxCandidates).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var c = shown[i];
            var payback = c.Savings.PaybackMonths is { } m ? m.ToString("0.#", Inv) + " months" : "never";
            w.WriteLine(string.Create(Inv,
                $"<tr><td>{i + 1}</td><td class=\"name\">{Html.Escape(c.Name)}</td><td><span class=\"tech\">{Html.Escape(c.Technology)}</span></td><td class=\"num\">{c.Score:0.000}</td><td class=\"num\">{Html.Count(c.Instances)}</td><td class=\"num\">{c.People}</td><td class=\"num\">{c.HoursPerYear:N0}</td><td class=\"num\">{c.Fte:0.00}</td><td class=\"num\">{c.Savings.SavingsPerYear:N0} {Html.Escape(s.Currency)}</td><td class=\"num\">{c.Savings.ImplementationCost:N0} + {c.Savings.YearlyUpkeep:N0}/yr</td><td class=\"num\">{Html.Escape(payback)}</td></tr>"));
        }

        w.WriteLine("</tbody></table></div>");
        for (var i = 0; i < shown.Count; i++)
            WriteCandidateDetails(w, i + 1, shown[i], s.Currency);
        if (a.Candidates.Count > shown.Count)
            w.WriteLine($"<p class=\"note\">{Html.Count(a.Candidates.Count - shown.Count)} more candidates in <code>deskmine analyze --json</code>.</p>");
        w.WriteLine("</section>");
    }

    private static void WriteCandidateDetails(TextWriter w, int rank, Candidate c, string currency)
    {
        w.WriteLine($"<details class=\"candidate\"><summary>{rank}. {Html.Escape(c.Name)} — <span class=\"tech\">{Html.Escape(c.Technology)}</span>: {Html.Escape(c.Reason)}</summary>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Score part</th><th class=\"num\">Value</th><th class=\"num\">Weight</th><th class=\"num\">Contribution</th></tr></thead><tbody>");
        foreach (var p in c.ScoreParts.OrderByDescending(p => Math.Abs(p.Contribution)))
            w.WriteLine(string.Create(Inv, $"<tr><td>{Html.Escape(p.Feature)}</td><td class=\"num\">{p.Value:0.00}</td><td class=\"num\">{p.Weight:0.00}</td><td class=\"num\">{p.Contribution:0.000}</td></tr>"));
        w.WriteLine(string.Create(Inv, $"<tr><th>Score</th><td></td><td></td><td class=\"num\"><strong>{c.Score:0.000}</strong></td></tr></tbody></table></div>"));
        if (c.Sensitivity.Count > 0)
        {
            w.Write("<p class=\"note\">Sensitivity, biggest swing first (each assumption moved down and up): ");
            w.Write(string.Join("; ", c.Sensitivity.Take(4).Select(x => Html.Escape(string.Create(Inv,
                $"{x.Assumption} {x.Low:0.##}–{x.High:0.##}: savings {x.SavingsLow:N0}–{x.SavingsHigh:N0}, payback {Months(x.PaybackLow)}–{Months(x.PaybackHigh)}")))));
            w.WriteLine("</p>");
        }
        if (c.DataTransfers.Count > 0)
        {
            w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Data moved from</th><th>to</th><th class=\"num\">Times</th><th>Transformation</th></tr></thead><tbody>");
            foreach (var t in c.DataTransfers.Take(12))
                w.WriteLine($"<tr><td>{Html.Escape(t.FromApp)} · {Html.Escape(t.FromField)}</td><td>{Html.Escape(t.ToApp)} · {Html.Escape(t.ToField)}</td><td class=\"num\">{Html.Count(t.Count)}</td><td>{Html.Escape(t.Transformation ?? "")}</td></tr>");
            w.WriteLine("</tbody></table></div>");
        }
        w.WriteLine(string.Create(Inv, $"<p class=\"note\">{c.HoursObserved:N1} handling hours observed; the advised technology takes over {c.Savings.AutomatableShare:P0} of them: {c.Savings.HoursPerYear:N0} h a year ({c.Savings.Fte:0.00} FTE), {c.Savings.SavingsPerYear:N0} {Html.Escape(currency)}, net {c.Savings.NetPerYear:N0} {Html.Escape(currency)} after upkeep.</p>"));
        w.WriteLine("</details>");
    }

    private static string Months(double? months) => months is { } m ? m.ToString("0.#", Inv) + " mo" : "never";

    private static void WriteGuides(TextWriter w, IReadOnlyList<GuideLink> guides)
    {
        if (guides.Count == 0)
            return;
        w.WriteLine("<section id=\"guides\"><h2>Guides</h2>");
        w.WriteLine("<p class=\"lead\">A step-by-step guide per task type — main variant, common exceptions, applications, screens, fields and data moved — usable as a standard operating procedure.</p><ul class=\"guides\">");
        foreach (var g in guides)
            w.WriteLine($"<li><a href=\"{Html.Escape(g.HtmlHref)}\">{Html.Escape(g.Name)}</a> ({Html.Count(g.Instances)} instances; <a href=\"{Html.Escape(g.MarkdownHref)}\">Markdown</a>)</li>");
        w.WriteLine("</ul></section>");
    }
}
