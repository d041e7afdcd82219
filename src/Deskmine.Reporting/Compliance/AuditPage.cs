using System.Globalization;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Replay;

namespace Deskmine.Reporting.Compliance;

/// <summary>Writes the audit page: head with the report's style, header figures, then one section per part.</summary>
internal static class AuditPage
{
    public static void Write(TextWriter w, ComplianceResult result, AuditReportOptions options)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine("<meta name=\"generator\" content=\"Deskmine\">");
        w.WriteLine($"<title>{Html.Escape(options.Title)}</title>");
        w.WriteLine("<style>");
        w.WriteLine(ReportAssets.PageStyle);
        w.WriteLine("td.bad { color: #a93226; font-weight: 600; } ul.evidence { margin: 0; padding-left: 16px; font-size: 13px; } ul.warnings li { margin: 4px 0; }");
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        WriteHeader(w, result, options);
        WriteRules(w, result);
        if (result.Fitness.Count > 0)
            WriteFitness(w, result.Fitness);
        if (result.GroupBy is not null)
            WriteRates(w, result);
        if (result.Warnings.Count > 0)
            WriteWarnings(w, result.Warnings);
        if (result.Reference is { } reference)
            AuditReference.Write(w, reference);
        WriteDeviations(w, result, options);
        w.WriteLine("</main>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void WriteHeader(TextWriter w, ComplianceResult result, AuditReportOptions options)
    {
        w.WriteLine("<header class=\"top\">");
        w.WriteLine($"<div class=\"brand\">Deskmine · compliance audit</div><h1>{Html.Escape(options.Title)}</h1>");
        if (!string.IsNullOrWhiteSpace(options.Subtitle))
            w.WriteLine($"<p class=\"subtitle\">{Html.Escape(options.Subtitle)}</p>");
        if (options.GeneratedAt is { } at)
        {
            var utc = at.UtcDateTime;
            w.WriteLine($"<p class=\"generated\">Checked <time datetime=\"{utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}</time></p>");
        }
        var violating = result.Deviations.Select(d => d.Case).Distinct(StringComparer.Ordinal).Count();
        w.WriteLine("<dl class=\"figures\">");
        Figure(w, "Cases", Html.Count(result.Cases));
        Figure(w, result.Fitness.Count > 0 ? "Methods" : "Rules", Html.Count(result.Rules.Count));
        Figure(w, "Cases with a deviation", Html.Count(violating));
        Figure(w, "Share of cases", Html.Percent(violating, result.Cases));
        Figure(w, "Deviations", Html.Count(result.Deviations.Count));
        foreach (var f in result.Fitness)
            Figure(w, $"Fitness ({Method(f.Method)})", f.LogFitness.ToString("0.0000", CultureInfo.InvariantCulture));
        w.WriteLine("</dl>");
        w.Write("<nav class=\"sections\"><a href=\"#rules\">Rules</a>");
        if (result.Fitness.Count > 0)
            w.Write("<a href=\"#fitness\">Fitness</a>");
        if (result.GroupBy is not null)
            w.Write($"<a href=\"#rates\">By {Html.Escape(result.GroupBy)}</a>");
        if (result.Warnings.Count > 0)
            w.Write("<a href=\"#warnings\">Warnings</a>");
        if (result.Reference is not null)
            w.Write("<a href=\"#walkthrough\">Walkthrough</a>");
        w.WriteLine("<a href=\"#deviations\">Deviations</a></nav>");
        w.WriteLine("</header>");
        w.WriteLine("<main>");
    }

    private static void WriteRules(TextWriter w, ComplianceResult result)
    {
        w.WriteLine("<section id=\"rules\"><h2>Rules</h2>");
        w.WriteLine("<p class=\"lead\">For each rule, the cases it could be checked on and the cases that break it (a case counts once per rule).</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Rule</th><th>Template</th><th class=\"num\">Checked</th><th class=\"num\">Violated</th><th class=\"num\">Rate</th></tr></thead><tbody>");
        foreach (var r in result.Rules)
        {
            var bad = r.Violated > 0 ? " bad" : string.Empty;
            w.WriteLine($"<tr><td class=\"name\">{Html.Escape(r.Id)}</td><td>{Html.Escape(r.Template)}</td><td class=\"num\">{Html.Count(r.Checked)}</td><td class=\"num{bad}\">{Html.Count(r.Violated)}</td><td class=\"num\">{Html.Percent(r.Violated, r.Checked)}</td></tr>");
        }
        w.WriteLine("</tbody></table></div></section>");
    }

    private static void WriteFitness(TextWriter w, IReadOnlyList<ModelFitness> fitness)
    {
        w.WriteLine("<section id=\"fitness\"><h2>Fitness to the model</h2>");
        w.WriteLine("<p class=\"lead\">How well the cases follow the procedure model. Alignments find the fewest deviations that explain each case; token replay is faster but can blame a case that fits.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Method</th><th class=\"num\">Cases</th><th class=\"num\">Fitting</th><th class=\"num\">Log fitness</th><th class=\"num\">Mean case fitness</th><th class=\"num\">Given up</th><th class=\"num\">Seconds</th></tr></thead><tbody>");
        foreach (var f in fitness)
        {
            w.WriteLine($"<tr><td>{Html.Escape(Method(f.Method))}</td><td class=\"num\">{Html.Count(f.Cases)}</td><td class=\"num\">{Html.Count(f.FittingCases)} ({Html.Percent(f.FittingCases, f.Cases)})</td>"
                + $"<td class=\"num\">{f.LogFitness.ToString("0.0000", CultureInfo.InvariantCulture)}</td><td class=\"num\">{f.AverageFitness.ToString("0.0000", CultureInfo.InvariantCulture)}</td>"
                + $"<td class=\"num\">{Html.Count(f.GaveUp.Count)}</td><td class=\"num\">{f.Seconds.ToString("0.00", CultureInfo.InvariantCulture)}</td></tr>");
        }
        w.WriteLine("</tbody></table></div>");
        foreach (var f in fitness.Where(f => f.GaveUp.Count > 0))
        {
            w.WriteLine($"<details><summary>{Html.Count(f.GaveUp.Count)} cases the alignment search gave up on</summary><ul>");
            foreach (var g in f.GaveUp)
                w.WriteLine($"<li>{Html.Escape(g.Case)}: {Html.Escape(g.Reason)}</li>");
            w.WriteLine("</ul></details>");
        }
        w.WriteLine("</section>");
    }

    private static void WriteRates(TextWriter w, ComplianceResult result)
    {
        var by = Html.Escape(result.GroupBy);
        w.WriteLine($"<section id=\"rates\"><h2>Violations by {by}</h2>");
        w.WriteLine($"<p class=\"lead\">Cases per {by} (a case belongs to the {by} of its first event that names one) and the share that break at least one rule.</p>");
        w.Write($"<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>{Html.Escape(Capitalised(result.GroupBy!))}</th><th class=\"num\">Cases</th><th class=\"num\">With a deviation</th><th class=\"num\">Rate</th>");
        foreach (var r in result.Rules)
            w.Write($"<th class=\"num\">{Html.Escape(r.Id)}</th>");
        w.WriteLine("</tr></thead><tbody>");
        foreach (var g in result.Rates)
        {
            w.Write($"<tr><td class=\"name\">{Html.Escape(g.Value)}</td><td class=\"num\">{Html.Count(g.Cases)}</td><td class=\"num\">{Html.Count(g.Violating)}</td><td class=\"num\">{Html.Percent(g.Violating, g.Cases)}</td>");
            foreach (var r in result.Rules)
                w.Write($"<td class=\"num\">{Html.Count(g.ByRule.GetValueOrDefault(r.Id))}</td>");
            w.WriteLine("</tr>");
        }
        w.WriteLine("</tbody></table></div></section>");
    }

    private static void WriteWarnings(TextWriter w, IReadOnlyList<ComplianceWarning> warnings)
    {
        w.WriteLine("<section id=\"warnings\"><h2>Warnings</h2>");
        w.WriteLine("<p class=\"lead\">Activities named by a rule or the model that occur in no case: probably a spelling that differs from the log's.</p><ul class=\"warnings\">");
        foreach (var x in warnings)
            w.WriteLine($"<li>{Html.Escape(x.Message)}</li>");
        w.WriteLine("</ul></section>");
    }

    private static void WriteDeviations(TextWriter w, ComplianceResult result, AuditReportOptions options)
    {
        w.WriteLine("<section id=\"deviations\"><h2>Deviations</h2>");
        if (result.Deviations.Count == 0)
        {
            w.WriteLine("<p class=\"empty\">No case deviates.</p></section>");
            return;
        }
        w.WriteLine("<p class=\"lead\">Each case that breaks a rule, with the events that show it (time in UTC, who performed it).</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Rule</th><th>Case</th><th>Team</th><th>What happened</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var d in result.Deviations.Take(options.MaxDeviations))
        {
            w.Write($"<tr><td class=\"name\">{Html.Escape(d.Rule)}</td><td>{Html.Escape(d.Case)}</td><td>{Html.Escape(d.Group ?? DurationText.Unknown)}</td><td>{Html.Escape(d.Message)}</td><td>");
            if (d.Events.Count > 0)
            {
                w.Write("<ul class=\"evidence\">");
                foreach (var e in d.Events.Take(options.MaxEventsPerDeviation))
                {
                    var time = e.Timestamp is { } t ? ComplianceJson.FormatTime(t)[..19].Replace('T', ' ') : DurationText.Unknown;
                    w.Write($"<li>{Html.Escape(time)} · {Html.Escape(e.Activity)}{(e.Resource is { } r ? " · " + Html.Escape(r) : string.Empty)} <span class=\"share\">#{e.EventRef.ToString(CultureInfo.InvariantCulture)}</span></li>");
                }
                if (d.Events.Count > options.MaxEventsPerDeviation)
                    w.Write($"<li class=\"share\">{Html.Count(d.Events.Count - options.MaxEventsPerDeviation)} more</li>");
                w.Write("</ul>");
            }
            if (d.Skipped.Count > 0)
                w.Write($"<p class=\"share\">Skipped: {Html.Escape(string.Join(", ", d.Skipped))}</p>");
            w.WriteLine("</td></tr>");
        }
        w.WriteLine("</tbody></table></div>");
        var rest = result.Deviations.Count - options.MaxDeviations;
        if (rest > 0)
            w.WriteLine($"<p class=\"note\">{Html.Count(rest)} more deviations are in the CSV and JSON exports.</p>");
        w.WriteLine("</section>");
    }

    private static void Figure(TextWriter w, string label, string value) =>
        w.WriteLine($"<div><dt>{Html.Escape(label)}</dt><dd>{Html.Escape(value)}</dd></div>");

    private static string Method(string method) => method switch
    {
        "alignments" => "alignments",
        "token_replay" => "token replay",
        _ => method,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
