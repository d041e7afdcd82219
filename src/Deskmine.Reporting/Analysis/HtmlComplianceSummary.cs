using System.Globalization;

namespace Deskmine.Reporting.Analysis;

/// <summary>The compliance section: rules with their checked and violated cases, rates per group, the first deviations.</summary>
internal static class HtmlComplianceSummary
{
    private const int MaxDeviationsShown = 25;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, AnalysisSection section)
    {
        if (section.Compliance is not { } r)
            return;
        w.WriteLine("<section id=\"compliance\"><h2>Compliance</h2>");
        w.WriteLine($"<p class=\"lead\">{Html.Count(r.Cases)} cases checked against the prescribed procedure{(section.ComplianceSource is { } src ? $" ({Html.Escape(src)})" : "")}; {Html.Count(r.Deviations.Count)} deviations.{(section.ComplianceAuditHref is { } href ? $" <a href=\"{Html.Escape(href)}\">Full audit report</a>." : "")}</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Rule</th><th>Template</th><th class=\"num\">Cases checked</th><th class=\"num\">Violated</th><th class=\"num\">Rate</th></tr></thead><tbody>");
        foreach (var rule in r.Rules)
            w.WriteLine($"<tr><td>{Html.Escape(rule.Id)}</td><td>{Html.Escape(rule.Template)}</td><td class=\"num\">{Html.Count(rule.Checked)}</td><td class=\"num\">{Html.Count(rule.Violated)}</td><td class=\"num\">{Html.Percent(rule.Violated, rule.Checked)}</td></tr>");
        w.WriteLine("</tbody></table></div>");
        if (r.Rates.Count > 0)
        {
            w.WriteLine($"<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>{Html.Escape(r.GroupBy ?? "group")}</th><th class=\"num\">Cases</th><th class=\"num\">Violating</th><th class=\"num\">Rate</th></tr></thead><tbody>");
            foreach (var g in r.Rates)
                w.WriteLine($"<tr><td class=\"name\">{Html.Escape(g.Value)}</td><td class=\"num\">{Html.Count(g.Cases)}</td><td class=\"num\">{Html.Count(g.Violating)}</td><td class=\"num\">{Html.Percent(g.Violating, g.Cases)}</td></tr>");
            w.WriteLine("</tbody></table></div>");
        }
        if (r.Deviations.Count > 0)
        {
            w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Rule</th><th>Case</th><th>Started</th><th>Deviation</th></tr></thead><tbody>");
            foreach (var d in r.Deviations.Take(MaxDeviationsShown))
            {
                var start = d.CaseStart is { } us ? DateTimeOffset.UnixEpoch.AddTicks(us * 10).ToString("yyyy-MM-dd HH:mm", Inv) : "";
                w.WriteLine($"<tr><td>{Html.Escape(d.Rule)}</td><td>{Html.Escape(d.Case)}</td><td>{Html.Escape(start)}</td><td>{Html.Escape(d.Message)}</td></tr>");
            }
            w.WriteLine("</tbody></table></div>");
            if (r.Deviations.Count > MaxDeviationsShown)
                w.WriteLine($"<p class=\"note\">{Html.Count(r.Deviations.Count - MaxDeviationsShown)} more in the audit report.</p>");
        }
        foreach (var warning in r.Warnings)
            w.WriteLine($"<p class=\"note\">Warning: {Html.Escape(warning.Message)}</p>");
        w.WriteLine("</section>");
    }
}
