using System.Globalization;
using Deskmine.Analysis.Standardisation;

namespace Deskmine.Reporting.Analysis;

/// <summary>The team comparison: per task type, each group's times, rework and distance from the best practice.</summary>
internal static class HtmlStandardisation
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, StandardisationReport? report)
    {
        if (report is null)
            return;
        w.WriteLine("<section id=\"standardisation\"><h2>Team comparison</h2>");
        w.WriteLine($"<p class=\"lead\">How groups ({Html.Escape(report.Attribute)}) do the same task types: median and p90 handling time, rework, and what following the best practice — the fastest variant done without rework by enough people — would save. Groups with fewer people than the minimum group size are never shown.</p>");
        var shown = report.TaskTypes.Where(t => t.Groups.Count > 0).ToList();
        if (shown.Count == 0)
        {
            w.WriteLine("<p class=\"empty\">No task type was done by a group large enough to show.</p></section>");
            return;
        }

        foreach (var t in shown)
        {
            w.WriteLine($"<h3>{Html.Escape(t.Name)}</h3>");
            if (t.BestPractice is { } best)
            {
                w.WriteLine(string.Create(Inv,
                    $"<p class=\"note\">Best practice{(t.BestPracticeGroup is { } g ? $", followed most by <strong>{Html.Escape(g)}</strong>" : "")}: {best.Steps.Count} steps, median {Html.Escape(DurationText.Format(best.MedianHandling.TotalSeconds))}, done by {best.People} people in {Html.Count(best.Instances)} instances.</p>"));
            }
            else
            {
                w.WriteLine(string.Create(Inv,
                    $"<p class=\"note\">No best practice yet: no variant was done without rework by enough people (the minimum group size). Variants this varied usually mean the steps need a coarser name, or the work needs standardising first.</p>"));
            }
            w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Group</th><th class=\"num\">People</th><th class=\"num\">Instances</th><th class=\"num\">Median</th><th class=\"num\">p90</th><th class=\"num\">Rework</th><th class=\"num\">Follows best practice</th><th class=\"num\">Cost of deviation</th><th>Own steps</th></tr></thead><tbody>");
            foreach (var g in t.Groups)
            {
                w.WriteLine(string.Create(Inv,
                    $"<tr><td class=\"name\">{Html.Escape(g.Group)}</td><td class=\"num\">{g.People}</td><td class=\"num\">{Html.Count(g.Instances)}</td><td class=\"num\">{Html.Escape(DurationText.Format(g.MedianHandling.TotalSeconds))}</td><td class=\"num\">{Html.Escape(DurationText.Format(g.P90Handling.TotalSeconds))}</td><td class=\"num\">{g.ReworkShare:P0}</td><td class=\"num\">{g.BestPracticeShare:P0}</td><td class=\"num\">{g.DeviationHoursPerYear:N0} h/yr</td><td>{Html.Escape(string.Join(", ", g.OwnSteps.Take(5)))}</td></tr>"));
            }
            w.WriteLine("</tbody></table></div>");
            if (t.SuppressedGroups > 0)
                w.WriteLine($"<p class=\"note\">{t.SuppressedGroups} smaller groups not shown.</p>");
        }
        w.WriteLine("</section>");
    }
}
