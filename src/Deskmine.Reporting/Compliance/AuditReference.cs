using Deskmine.Analysis.Compliance.Reference;

namespace Deskmine.Reporting.Compliance;

/// <summary>The audit page's section on the reference procedure: how mined instances depart from the walkthroughs.</summary>
internal static class AuditReference
{
    private const int MaxInstances = 200;

    public static void Write(TextWriter w, ReferenceReport r)
    {
        var n = r.Instances.Count;
        w.WriteLine("<section id=\"walkthrough\"><h2>Against the recorded procedure</h2>");
        var variants = string.Join(", ", r.Variants.Select(v => v.Name));
        w.WriteLine($"<p class=\"lead\">The task type {Html.Escape(r.TaskTypeName)} ({(r.MatchedBy == "task" ? "named" : "found by its steps")}) checked against the walkthrough{(r.Variants.Count > 1 ? "s" : "")} {Html.Escape(variants)}: "
            + $"{Html.Count(r.Conforming)} of {Html.Count(n)} instances ({Html.Percent(r.Conforming, n)}) follow an allowed variant exactly.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Departure</th><th class=\"num\">Instances</th><th class=\"num\">Share</th></tr></thead><tbody>");
        Row(w, "Skip a prescribed step", r.Instances.Count(d => d.Skipped.Count > 0), n);
        Row(w, "Add a step", r.Instances.Count(d => d.Added.Count > 0), n);
        Row(w, "Do steps out of order", r.Instances.Count(d => d.Reordered.Count > 0), n);
        Row(w, "Use another application", r.Instances.Count(d => d.OtherApplications.Count > 0), n);
        w.WriteLine("</tbody></table></div>");

        w.WriteLine("<h3>Per step</h3><div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Step</th><th>Prescribed</th><th class=\"num\">Skipped</th><th class=\"num\">Out of order</th><th class=\"num\">Added</th></tr></thead><tbody>");
        foreach (var s in r.Steps)
            w.WriteLine($"<tr><td class=\"name\">{Html.Escape(s.Step)}</td><td>{(s.Prescribed ? "yes" : "no")}</td><td class=\"num\">{Html.Count(s.Skipped)}</td><td class=\"num\">{Html.Count(s.Reordered)}</td><td class=\"num\">{Html.Count(s.Added)}</td></tr>");
        w.WriteLine("</tbody></table></div>");
        if (r.UnmatchedSteps.Count > 0)
            w.WriteLine($"<p class=\"lead\">Prescribed steps no instance does under that name: {Html.Escape(string.Join("; ", r.UnmatchedSteps))}.</p>");

        w.WriteLine($"<h3>Per team</h3><p class=\"lead\">Teams with fewer than {Html.Count(r.MinPeople)} people are not shown ({Html.Count(r.SuppressedTeams)} left out).</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data\"><thead><tr><th>Team</th><th class=\"num\">People</th><th class=\"num\">Instances</th><th class=\"num\">Departing</th><th class=\"num\">Skipped</th><th class=\"num\">Added</th><th class=\"num\">Out of order</th><th class=\"num\">Other applications</th></tr></thead><tbody>");
        foreach (var t in r.Teams)
        {
            w.WriteLine($"<tr><td class=\"name\">{Html.Escape(t.Team)}</td><td class=\"num\">{Html.Count(t.People)}</td><td class=\"num\">{Html.Count(t.Instances)}</td><td class=\"num\">{Html.Percent(t.Deviating, t.Instances)}</td>"
                + $"<td class=\"num\">{Html.Percent(t.Skipped, t.Instances)}</td><td class=\"num\">{Html.Percent(t.Added, t.Instances)}</td><td class=\"num\">{Html.Percent(t.Reordered, t.Instances)}</td><td class=\"num\">{Html.Percent(t.OtherApplications, t.Instances)}</td></tr>");
        }
        w.WriteLine("</tbody></table></div>");

        var departing = r.Instances.Where(d => !d.Conforms).ToArray();
        if (departing.Length > 0)
        {
            w.WriteLine($"<details><summary>{Html.Count(departing.Length)} instances that depart</summary><ul class=\"evidence\">");
            foreach (var d in departing.Take(MaxInstances))
                w.WriteLine($"<li>{Html.Escape(d.Instance)}: {Html.Escape(Describe(d))}</li>");
            if (departing.Length > MaxInstances)
                w.WriteLine($"<li>… {Html.Count(departing.Length - MaxInstances)} more (--json lists them all)</li>");
            w.WriteLine("</ul></details>");
        }
        w.WriteLine("</section>");
    }

    /// <summary>One instance's departures in words.</summary>
    public static string Describe(ReferenceDeviation d)
    {
        var parts = new List<string>();
        if (d.Skipped.Count > 0)
            parts.Add("skipped " + string.Join("; ", d.Skipped));
        if (d.Added.Count > 0)
            parts.Add("added " + string.Join("; ", d.Added));
        if (d.Reordered.Count > 0)
            parts.Add("out of order " + string.Join("; ", d.Reordered));
        if (d.OtherApplications.Count > 0)
            parts.Add("also used " + string.Join(", ", d.OtherApplications));
        return parts.Count == 0 ? "follows the procedure" : string.Join(" · ", parts);
    }

    private static void Row(TextWriter w, string what, int count, int total) =>
        w.WriteLine($"<tr><td>{Html.Escape(what)}</td><td class=\"num\">{Html.Count(count)}</td><td class=\"num\">{Html.Percent(count, total)}</td></tr>");
}
