using System.Globalization;
using Deskmine.Analysis.Compliance.Reference;

namespace Deskmine.Cli.Commands;

/// <summary>The text <c>compliance --walkthrough</c> prints about the reference procedure.</summary>
internal static class WalkthroughText
{
    public static void Write(ReferenceReport r, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = r.Instances.Count;
        string Share(int count) => n == 0 ? "–" : ((double)count / n).ToString("P0", inv).Replace(" ", "", StringComparison.Ordinal);
        o.WriteLine(string.Create(inv, $"Walkthrough procedure ({string.Join(", ", r.Variants.Select(v => v.Name))}) for task type '{r.TaskTypeName}' ({(r.MatchedBy == "task" ? "named" : "matched by its steps")}, {r.Overlap:P0} of the steps found):"));
        o.WriteLine(string.Create(inv, $"  {n:N0} instances, {r.Conforming:N0} follow it exactly ({Share(r.Conforming)})"));
        var skipped = r.Instances.Count(d => d.Skipped.Count > 0);
        var added = r.Instances.Count(d => d.Added.Count > 0);
        var reordered = r.Instances.Count(d => d.Reordered.Count > 0);
        var other = r.Instances.Count(d => d.OtherApplications.Count > 0);
        o.WriteLine(string.Create(inv, $"  skip a step {skipped:N0} ({Share(skipped)}), add a step {added:N0} ({Share(added)}), out of order {reordered:N0} ({Share(reordered)}), other applications {other:N0} ({Share(other)})"));
        foreach (var s in r.Steps.Where(s => s.Prescribed && (s.Skipped > 0 || s.Reordered > 0)))
            o.WriteLine(string.Create(inv, $"    {s.Step}: skipped {s.Skipped:N0}, out of order {s.Reordered:N0}"));
        foreach (var t in r.Teams)
            o.WriteLine(string.Create(inv, $"  team {t.Team}: {t.Instances:N0} instances by {t.People} people, {t.Rate:P0} depart"));
        if (r.SuppressedTeams > 0)
            o.WriteLine(string.Create(inv, $"  {r.SuppressedTeams} teams with fewer than {r.MinPeople} people not shown"));
    }
}
