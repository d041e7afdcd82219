using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Keeps the most frequent activities covering a share of all events and drops the events of the others
/// (the remaining events of a case then directly follow each other). Cases left empty are dropped.
/// </summary>
public sealed class ActivityFrequencyFilter : LogFilter
{
    private readonly ActivityFrequencyFilterOptions _options;

    /// <summary>Creates the filter; throws when <paramref name="options"/> are invalid.</summary>
    public ActivityFrequencyFilter(ActivityFrequencyFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The activity codes kept for <paramref name="log"/>.</summary>
    public bool[] KeptActivities(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counts = new long[log.ActivityNames.Count];
        foreach (var a in log.Activities)
            counts[a]++;
        var order = Enumerable.Range(0, counts.Length)
            .Where(a => counts[a] > 0)
            .OrderByDescending(a => counts[a])
            .ThenBy(a => log.ActivityNames[a], StringComparer.Ordinal)
            .ToArray();
        var keep = new bool[counts.Length];
        var needed = _options.Percent / 100.0 * log.EventCount;
        long covered = 0;
        foreach (var a in order)
        {
            // Stop once covered; the first activity is always taken.
            if (covered > 0 && covered >= needed)
                break;
            keep[a] = true;
            covered += counts[a];
        }
        return keep;
    }

    /// <inheritdoc />
    public override EventLog Apply(EventLog log)
    {
        var keep = KeptActivities(log);
        var keepEvent = new bool[log.EventCount];
        for (var i = 0; i < keepEvent.Length; i++)
            keepEvent[i] = keep[log.Activities[i]];
        return EventLogSlicer.Keep(log, null, keepEvent);
    }
}
