using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Mining.Maps;

namespace Deskmine.Cli.Commands;

/// <summary>A process map as plain text for a terminal: summary, activities, edges, variants.</summary>
internal static class MapText
{
    public static void Write(ProcessMap map, TextWriter output, int maxRows = 25)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{map.NumCases:N0} cases, {map.NumEvents:N0} events, {map.Activities.Count:N0} activities, {map.Edges.Count:N0} edges, {map.NumVariants:N0} variants"));
        output.WriteLine();
        output.WriteLine("Activities (events, cases)");
        foreach (var a in map.Activities.Take(maxRows))
            output.WriteLine(string.Create(inv, $"  {a.Count,10:N0} {a.Cases,10:N0}  {a.Name}"));
        More(map.Activities.Count);

        output.WriteLine();
        output.WriteLine("Paths (frequency, mean, median)");
        foreach (var e in map.Edges.OrderByDescending(e => e.Frequency).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).Take(maxRows))
            output.WriteLine(string.Create(inv, $"  {e.Frequency,10:N0} {Durations.Format(e.MeanS),10} {Durations.Format(e.MedianS),10}  {e.Source} -> {e.Target}"));
        More(map.Edges.Count);

        output.WriteLine();
        output.WriteLine("Variants (cases, share, mean duration)");
        foreach (var v in map.Variants.Take(10))
        {
            var share = map.NumCases == 0 ? 0 : (double)v.Count / map.NumCases;
            output.WriteLine(string.Create(inv, $"  {v.Count,10:N0} {share,7:P1} {Durations.Format(v.MeanDurationS),10}  {string.Join(" > ", v.Activities)}"));
        }
        More(map.NumVariants, 10);

        void More(int count, int shown = 0)
        {
            var limit = shown == 0 ? maxRows : shown;
            if (count > limit)
                output.WriteLine(string.Create(inv, $"  … {count - limit:N0} more (use --json for all)"));
        }
    }
}
