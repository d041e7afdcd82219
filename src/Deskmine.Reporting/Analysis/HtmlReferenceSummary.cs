using Deskmine.Analysis.Compliance.Reference;

namespace Deskmine.Reporting.Analysis;

/// <summary>
/// The report's summary of the reference procedure: how the mined instances of a task type depart from the recorded
/// walkthroughs (skipped, added, reordered steps, other applications), the steps most departed from, and the rates
/// per team (teams under k left out). The audit page (<c>deskmine compliance --walkthrough DIR --audit OUT</c>) has
/// every instance.
/// </summary>
internal static class HtmlReferenceSummary
{
    private const int MaxSteps = 10;
    private const int MaxAdded = 5;

    public static void Write(TextWriter w, ReferenceReport? r)
    {
        if (r is null)
            return;
        var n = r.Instances.Count;
        var variants = string.Join(", ", r.Variants.Select(v => $"{v.Name} ({v.Steps.Count} steps)"));
        w.WriteLine("<section id=\"reference\"><h2>Against the recorded procedure</h2>");
        w.WriteLine($"<p class=\"lead\">The task type <strong>{Html.Escape(r.TaskTypeName)}</strong> ({(r.MatchedBy == "task" ? "named" : "found by its steps")}; {Html.Percent(r.Overlap, 1)} of the recorded steps found in the mined names) "
            + $"checked against the walkthrough{(r.Variants.Count > 1 ? "s" : "")} {Html.Escape(variants)}: "
            + $"<strong>{Html.Count(r.Conforming)} of {Html.Count(n)} instances ({Html.Percent(r.Conforming, n)})</strong> follow an allowed variant exactly.</p>");

        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Departure</th><th class=\"num\">Instances</th><th class=\"num\">Share</th></tr></thead><tbody>");
        Row(w, "Skip a prescribed step", r.Instances.Count(d => d.Skipped.Count > 0), n);
        Row(w, "Add a step", r.Instances.Count(d => d.Added.Count > 0), n);
        Row(w, "Do steps out of order", r.Instances.Count(d => d.Reordered.Count > 0), n);
        Row(w, "Use another application", r.Instances.Count(d => d.OtherApplications.Count > 0), n);
        w.WriteLine("</tbody></table></div>");

        var prescribed = r.Steps.Where(s => s.Prescribed && (s.Skipped > 0 || s.Reordered > 0))
            .OrderByDescending(s => s.Skipped + s.Reordered).ThenBy(s => s.Step, StringComparer.Ordinal).ToList();
        var added = r.Steps.Where(s => !s.Prescribed && s.Added > 0).OrderByDescending(s => s.Added).ThenBy(s => s.Step, StringComparer.Ordinal).ToList();
        if (prescribed.Count > 0 || added.Count > 0)
        {
            w.WriteLine("<h3>Steps departed from most</h3><div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Step</th><th>In the procedure</th><th class=\"num\">Skipped</th><th class=\"num\">Out of order</th><th class=\"num\">Added</th></tr></thead><tbody>");
            foreach (var s in prescribed.Take(MaxSteps).Concat(added.Take(MaxAdded)))
            {
                w.WriteLine($"<tr><td class=\"name\">{Html.Escape(s.Step)}</td><td>{(s.Prescribed ? "yes" : "no")}</td>"
                    + $"<td class=\"num\">{Cell(s.Skipped, n)}</td><td class=\"num\">{Cell(s.Reordered, n)}</td><td class=\"num\">{Cell(s.Added, n)}</td></tr>");
            }
            w.WriteLine("</tbody></table></div>");
            var more = Math.Max(0, prescribed.Count - MaxSteps) + Math.Max(0, added.Count - MaxAdded);
            if (more > 0)
                w.WriteLine($"<p class=\"note\">{Html.Count(more)} more steps in the audit report.</p>");
        }
        if (r.UnmatchedSteps.Count > 0)
            w.WriteLine($"<p class=\"note\">Recorded steps no mined instance does under that name (counted as skipped): {Html.Escape(string.Join("; ", r.UnmatchedSteps))}.</p>");

        w.WriteLine("<h3>Per team</h3>");
        if (r.Teams.Count > 0)
        {
            w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Team</th><th class=\"num\">People</th><th class=\"num\">Instances</th><th class=\"num\">Departing</th><th class=\"num\">Skipped</th><th class=\"num\">Added</th><th class=\"num\">Out of order</th><th class=\"num\">Other applications</th></tr></thead><tbody>");
            foreach (var t in r.Teams)
            {
                w.WriteLine($"<tr><td class=\"name\">{Html.Escape(t.Team)}</td><td class=\"num\">{Html.Count(t.People)}</td><td class=\"num\">{Html.Count(t.Instances)}</td><td class=\"num\">{Html.Percent(t.Deviating, t.Instances)}</td>"
                    + $"<td class=\"num\">{Html.Percent(t.Skipped, t.Instances)}</td><td class=\"num\">{Html.Percent(t.Added, t.Instances)}</td><td class=\"num\">{Html.Percent(t.Reordered, t.Instances)}</td><td class=\"num\">{Html.Percent(t.OtherApplications, t.Instances)}</td></tr>");
            }
            w.WriteLine("</tbody></table></div>");
        }
        w.WriteLine(r.SuppressedTeams > 0
            ? $"<p class=\"note\">{Html.Count(r.SuppressedTeams)} team{(r.SuppressedTeams == 1 ? "" : "s")} with fewer than {Html.Count(r.MinPeople)} people {(r.SuppressedTeams == 1 ? "is" : "are")} not shown.</p>"
            : $"<p class=\"note\">Teams with fewer than {Html.Count(r.MinPeople)} people are not shown.</p>");
        w.WriteLine("<p class=\"note\">Every departing instance, with its skipped, added and reordered steps: <code>deskmine compliance -w WORKSPACE --walkthrough DIR --audit OUT</code>.</p>");
        w.WriteLine("</section>");
    }

    private static string Cell(int count, int total) => count == 0 ? "–" : $"{Html.Count(count)} ({Html.Percent(count, total)})";

    private static void Row(TextWriter w, string what, int count, int total) =>
        w.WriteLine($"<tr><td>{Html.Escape(what)}</td><td class=\"num\">{Html.Count(count)}</td><td class=\"num\">{Html.Percent(count, total)}</td></tr>");
}
