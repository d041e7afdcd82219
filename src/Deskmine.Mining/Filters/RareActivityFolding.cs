using System.Globalization;
using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Makes a map of thousands of distinct recorded actions a map of a few dozen boxes that still accounts for every
/// event. An activity is rare when it has less than <see cref="RareActivityFoldingOptions.MinPercent"/> of the events.
/// With <see cref="RareActivityFoldingOptions.CoarserName"/>, rare activities first climb to coarser names, and a
/// coarser name that several activities reach is named with how many it holds
/// (<c>Chrome – customer: type into (7 steps)</c>). What is still rare, or beyond
/// <see cref="RareActivityFoldingOptions.MaxActivities"/>, folds into one activity named with what it holds:
/// <c>Other (57 rare steps, 3.1 % of events)</c>. One rare activity alone is never folded into "Other": that box would
/// only hide its name. Activities are ranked by event count, ties by name (ordinal), as in the map.
/// </summary>
/// <remarks>
/// Events are kept, not dropped (unlike <see cref="ActivityFrequencyFilter"/>): the folded events stay in their
/// cases, so case counts, variants' lengths and times between steps are those of the whole log.
/// </remarks>
public sealed class RareActivityFolding : LogFilter
{
    // Each climb shortens the way to the top; this bounds the rounds even for a careless CoarserName.
    private const int MaxClimbs = 16;
    private readonly RareActivityFoldingOptions _options;

    /// <summary>Creates the filter; throws when <paramref name="options"/> are invalid.</summary>
    public RareActivityFolding(RareActivityFoldingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The name the folded activities get, given how many they are and their share (0–100) of the events.</summary>
    public string OtherName(int activities, double percent)
    {
        var share = percent < 0.05 ? "< 0.1" : percent.ToString("0.0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"Other ({activities} rare {_options.Noun}, {share} % of events)");
    }

    /// <inheritdoc />
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counts = new long[log.ActivityNames.Count];
        foreach (var a in log.Activities)
            counts[a]++;
        var used = Enumerable.Range(0, counts.Length).Where(a => counts[a] > 0).ToArray();
        var needed = _options.MinPercent / 100.0 * log.EventCount;
        var current = log.ActivityNames.ToArray();
        if (_options.CoarserName is { } coarser)
            Climb(used, counts, current, needed, coarser);

        var totals = Totals(used, counts, current);
        var ranked = Ranked(totals);
        var frequent = ranked.TakeWhile(n => totals[n] >= needed).Count();
        var foldAll = ranked.Count - frequent > 1 || ranked.Count > _options.MaxActivities;
        var kept = foldAll ? ranked.Take(Math.Min(frequent, _options.MaxActivities - 1)).ToHashSet(StringComparer.Ordinal) : [.. ranked];
        if (!foldAll && used.All(a => current[a] == log.ActivityNames[a]))
            return log;

        var folded = used.Where(a => !kept.Contains(current[a])).ToList();
        var other = folded.Count == 0 ? "" : OtherName(folded.Count, 100.0 * folded.Sum(a => counts[a]) / log.EventCount);
        var members = used.Where(a => kept.Contains(current[a])).GroupBy(a => current[a], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var nameOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in used)
        {
            var name = current[a];
            // A coarser name that only one activity reached says less than the activity's own name.
            nameOf.TryAdd(log.ActivityNames[a], !kept.Contains(name) ? other
                : members[name] > 1 ? string.Create(CultureInfo.InvariantCulture, $"{name} ({members[name]} {_options.Noun})")
                : log.ActivityNames[a]);
        }
        return new ActivityRenaming(name => nameOf.GetValueOrDefault(name, name)).Apply(log);
    }

    /// <summary>
    /// Moves every name with fewer than <paramref name="needed"/> events (together) to its coarser name, round after
    /// round; then, while more names remain than the map may show, raises the bar to the count of the first name
    /// beyond the limit and climbs again.
    /// </summary>
    private void Climb(int[] used, long[] counts, string[] current, double needed, Func<string, string?> coarser)
    {
        for (var round = 0; round < MaxClimbs; round++)
        {
            var totals = Totals(used, counts, current);
            var moved = false;
            foreach (var a in used)
            {
                if (totals[current[a]] < needed && coarser(current[a]) is { } up)
                {
                    current[a] = up;
                    moved = true;
                }
            }
            if (moved)
                continue;
            var ranked = Ranked(totals);
            if (ranked.Count <= _options.MaxActivities)
                return;
            // The names that do not fit beside "Other" are rare for this map: at most as frequent as the first one out.
            var bar = totals[ranked[_options.MaxActivities - 1]] + 1;
            if (bar <= needed || !used.Any(a => totals[current[a]] < bar && coarser(current[a]) is not null))
                return;
            needed = bar;
        }
    }

    private static Dictionary<string, long> Totals(int[] used, long[] counts, string[] current)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var a in used)
            totals[current[a]] = totals.GetValueOrDefault(current[a]) + counts[a];
        return totals;
    }

    private static List<string> Ranked(Dictionary<string, long> totals) =>
        [.. totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
}
