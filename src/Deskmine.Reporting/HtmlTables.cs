using Deskmine.Mining.Maps;

namespace Deskmine.Reporting;

/// <summary>
/// The report's tables, rendered on the server side so they read without script and print well.
/// Every user string goes through <see cref="Html.Escape"/>.
/// </summary>
internal static class HtmlTables
{
    // Variants longer than this show their first steps and a count of the rest.
    private const int MaxStepsShown = 30;

    public static void WriteVariants(TextWriter w, ProcessMap map, HtmlReportOptions options)
    {
        w.WriteLine("<section id=\"variants\"><h2>Variants</h2>");
        w.WriteLine($"<p class=\"lead\">{Html.Count(map.NumVariants)} distinct sequences of activities over {Html.Count(map.NumCases)} cases, most frequent first.</p>");
        if (map.Variants.Count == 0)
        {
            w.WriteLine("<p class=\"empty\">No variants.</p></section>");
            return;
        }

        w.WriteLine("<div class=\"table-wrap\"><table class=\"data variants\"><thead><tr><th>#</th><th class=\"num\">Cases</th><th class=\"num\">Share</th><th class=\"num\">Mean</th><th class=\"num\">Median</th><th class=\"num\">Steps</th><th>Activities</th></tr></thead><tbody>");
        var shown = map.Variants.Take(options.MaxVariants).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var v = shown[i];
            w.Write($"<tr><td>{i + 1}</td><td class=\"num\">{Html.Count(v.Count)}</td><td class=\"num\">{Html.Percent(v.Count, map.NumCases)}</td>");
            w.Write($"<td class=\"num\">{DurationText.Format(v.MeanDurationS)}</td><td class=\"num\">{DurationText.Format(v.MedianDurationS)}</td>");
            w.Write($"<td class=\"num\">{Html.Count(v.Activities.Count)}</td><td>");
            WriteSteps(w, v.Activities);
            w.WriteLine("</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
        var restCases = map.NumCases - shown.Sum(v => v.Count);
        var restVariants = map.NumVariants - shown.Count;
        if (restVariants > 0)
        {
            w.WriteLine($"<p class=\"note\">{Html.Count(restVariants)} more variants cover {Html.Count(Math.Max(0, restCases))} cases ({Html.Percent(Math.Max(0, restCases), map.NumCases)}).</p>");
        }

        w.WriteLine("</section>");
    }

    public static void WriteActivities(TextWriter w, ProcessMap map)
    {
        w.WriteLine("<section id=\"activities\"><h2>Activities</h2>");
        w.WriteLine("<p class=\"lead\">How often each activity occurs, in how many cases, and how often it starts or ends a case.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Activity</th><th class=\"num\">Events</th><th class=\"num\">Share of events</th><th class=\"num\">Cases</th><th class=\"num\">Case coverage</th><th class=\"num\">Starts</th><th class=\"num\">Ends</th></tr></thead><tbody>");
        foreach (var a in map.Activities.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal))
        {
            var starts = map.StartActivities.TryGetValue(a.Name, out var s) ? s : 0;
            var ends = map.EndActivities.TryGetValue(a.Name, out var e) ? e : 0;
            w.WriteLine($"<tr><td class=\"name\">{Html.Escape(a.Name)}</td><td class=\"num\">{Html.Count(a.Count)}</td><td class=\"num\">{Html.Percent(a.Count, map.NumEvents)}</td>"
                + $"<td class=\"num\">{Html.Count(a.Cases)}</td><td class=\"num\">{Html.Percent(a.Cases, map.NumCases)}</td><td class=\"num\">{Html.Count(starts)}</td><td class=\"num\">{Html.Count(ends)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div></section>");
    }

    public static void WriteTeams(TextWriter w, IReadOnlyList<TeamStatistics> teams, HtmlReportOptions options)
    {
        w.WriteLine("<section id=\"teams\"><h2>Teams</h2>");
        if (teams.Count == 0)
        {
            w.WriteLine("<p class=\"empty\">No team figures in this report.</p></section>");
            return;
        }

        w.WriteLine($"<p class=\"lead\">Figures per team. Teams with fewer than {Html.Count(options.MinGroupSize)} people are listed without figures to protect the people in them.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Team</th><th class=\"num\">People</th><th class=\"num\">Cases</th><th class=\"num\">Events</th><th class=\"num\">Mean case</th><th class=\"num\">Median case</th><th>Most frequent variant</th></tr></thead><tbody>");
        foreach (var t in teams.OrderByDescending(t => t.Cases).ThenBy(t => t.Team, StringComparer.Ordinal))
        {
            w.Write($"<tr><td class=\"name\">{Html.Escape(t.Team)}</td>");
            if (t.People < options.MinGroupSize)
            {
                w.WriteLine($"<td class=\"suppressed\" colspan=\"6\">hidden: fewer than {Html.Count(options.MinGroupSize)} people</td></tr>");
                continue;
            }

            w.Write($"<td class=\"num\">{Html.Count(t.People)}</td><td class=\"num\">{Html.Count(t.Cases)}</td><td class=\"num\">{Html.Count(t.Events)}</td>");
            w.Write($"<td class=\"num\">{DurationText.Format(t.MeanCaseDurationS)}</td><td class=\"num\">{DurationText.Format(t.MedianCaseDurationS)}</td><td>");
            if (t.TopVariant is { Count: > 0 } top)
            {
                w.Write($"<span class=\"share\">{Html.Percent(t.TopVariantCases, t.Cases)} of cases</span> ");
                WriteSteps(w, top);
            }
            else
            {
                w.Write(DurationText.Unknown);
            }

            w.WriteLine("</td></tr>");
        }

        w.WriteLine("</tbody></table></div></section>");
    }

    private static void WriteSteps(TextWriter w, IReadOnlyList<string> steps)
    {
        w.Write("<ol class=\"steps\">");
        foreach (var step in steps.Take(MaxStepsShown))
        {
            w.Write($"<li>{Html.Escape(step)}</li>");
        }

        if (steps.Count > MaxStepsShown)
        {
            w.Write($"<li class=\"more\">+{Html.Count(steps.Count - MaxStepsShown)} more</li>");
        }

        w.Write("</ol>");
    }
}
