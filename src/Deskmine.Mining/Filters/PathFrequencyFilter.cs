using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Filters;

/// <summary>
/// A map-level filter for the map view: keeps the most frequent directly-follows edges of a
/// <see cref="ProcessMap"/> and leaves the log, the activities, start/end activities and variants untouched.
/// (Dropping edges from the log itself has no single meaning — removing events would create new edges.)
/// </summary>
public static class PathFrequencyFilter
{
    /// <summary>The map with only the edges that cover <see cref="PathFrequencyFilterOptions.Percent"/> of the edge frequency.</summary>
    public static ProcessMap Apply(ProcessMap map, PathFrequencyFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (map.Edges.Count == 0)
            return map;
        var total = map.Edges.Sum(e => e.Frequency);
        var needed = options.Percent / 100.0 * total;
        var byFrequency = map.Edges.Select(e => e.Frequency).OrderDescending().ToArray();
        long covered = 0;
        var threshold = byFrequency[0];
        foreach (var frequency in byFrequency)
        {
            if (covered > 0 && covered >= needed)
                break;
            threshold = frequency;
            covered += frequency;
        }
        var kept = map.Edges.Where(e => e.Frequency >= threshold).ToList();
        return map with { Edges = kept };
    }
}
