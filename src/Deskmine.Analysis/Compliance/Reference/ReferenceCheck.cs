using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>
/// Compares the mined instances of a task type with a prescribed procedure given as one or more allowed step
/// sequences (walkthroughs). Each instance is compared with the variant it departs from least; it skips the
/// prescribed steps it never does, adds the steps the variant does not hold, reorders the prescribed steps that fall
/// outside the longest run it does in the prescribed order (a longest increasing subsequence of the positions of its
/// first occurrences), and uses other applications when it works in one the variant does not. Pure: a work log in, a
/// report out. See <c>docs/walkthrough.md</c>, "Reference procedure".
/// </summary>
public static class ReferenceCheck
{
    /// <summary>Checks every instance of the task type the procedure prescribes.</summary>
    /// <exception cref="InputException">No variant, no matching task type, or an option out of range.</exception>
    public static ReferenceReport Check(WorkLog log, IReadOnlyList<ReferenceVariant> variants, ReferenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(variants);
        options ??= ReferenceOptions.Default;
        options.Validate();
        if (variants.Count == 0 || variants.All(v => v.Steps.Count == 0))
            throw new InputException("walkthrough", null, null, "the procedure has no step; record a walkthrough with at least one action");

        var vocabularies = Vocabularies(log);
        var (type, matchedBy) = PickType(log, variants, vocabularies, options);
        var vocabulary = vocabularies[type];
        var mapped = variants.Select(v => v with { Steps = [.. v.Steps.Select(s => StepMatcher.Match(s, vocabulary))] }).ToArray();
        var unmatched = mapped.SelectMany(v => v.Steps).Where(s => !vocabulary.Contains(s)).Distinct(StringComparer.Ordinal).ToArray();
        var prescribed = mapped.SelectMany(v => v.Steps).Distinct(StringComparer.Ordinal).ToArray();
        var overlap = prescribed.Length == 0 ? 0 : (double)prescribed.Count(vocabulary.Contains) / prescribed.Length;

        var instances = log.Instances.Where(i => i.TaskType == type).ToArray();
        var deviations = new List<ReferenceDeviation>(instances.Length);
        var people = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            var timing = WorkSteps.Timing(log, instance, options.Timing);
            var steps = timing.Steps.Select(s => s.Name).ToArray();
            var apps = instance.Events.Select(i => log.Events[i].App).OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            var best = Enumerable.Range(0, mapped.Length).Select(v => Compare(instance, timing.Start, v, mapped[v], steps, apps))
                .OrderBy(d => d.Skipped.Count + d.Added.Count + d.Reordered.Count + d.OtherApplications.Count).ThenBy(d => d.Variant).First();
            deviations.Add(best);
            if (instance.Team is { Length: > 0 } team)
            {
                if (!people.TryGetValue(team, out var set))
                    people[team] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(instance.User);
            }
        }

        var shown = people.Where(p => p.Value.Count >= options.MinPeople).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var teams = deviations.Where(d => d.Team is not null && shown.Contains(d.Team)).GroupBy(d => d.Team!, StringComparer.Ordinal)
            .Select(g => new ReferenceTeamRate(g.Key, people[g.Key].Count, g.Count(), g.Count(d => !d.Conforms), g.Count(d => d.Skipped.Count > 0),
                g.Count(d => d.Added.Count > 0), g.Count(d => d.Reordered.Count > 0), g.Count(d => d.OtherApplications.Count > 0)))
            .OrderByDescending(t => t.Instances).ThenBy(t => t.Team, StringComparer.Ordinal).ToArray();
        // A team too small to show is not named beside its instances either.
        var named = deviations.Select(d => d.Team is null || shown.Contains(d.Team) ? d : d with { Team = null }).ToArray();

        return new ReferenceReport
        {
            TaskTypeId = log.TaskTypes[type].Id,
            TaskTypeName = log.TaskTypes[type].Name,
            MatchedBy = matchedBy,
            Overlap = overlap,
            Variants = mapped,
            UnmatchedSteps = unmatched,
            Instances = named,
            Steps = StepRates(prescribed, named),
            Teams = teams,
            SuppressedTeams = people.Count - shown.Count,
            MinPeople = options.MinPeople,
        };
    }

    private static ReferenceDeviation Compare(WorkInstance instance, long? start, int index, ReferenceVariant variant, string[] steps, string[] apps)
    {
        var done = new HashSet<string>(steps, StringComparer.Ordinal);
        var allowed = new HashSet<string>(variant.Steps, StringComparer.Ordinal);
        var prescribed = variant.Steps.Distinct(StringComparer.Ordinal).ToArray();
        var skipped = prescribed.Where(s => !done.Contains(s)).ToArray();
        var added = steps.Where(s => !allowed.Contains(s)).Distinct(StringComparer.Ordinal).ToArray();
        // Positions in the instance of the first occurrence of each prescribed step it did, in prescribed order: the
        // steps on a longest increasing run keep their order, the others were moved.
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < steps.Length; k++)
            firstAt.TryAdd(steps[k], k);
        var common = prescribed.Where(done.Contains).ToArray();
        var inOrder = LongestIncreasing(common.Select(s => firstAt[s]).ToArray());
        var reordered = common.Where((_, k) => !inOrder[k]).ToArray();
        var allowedApps = new HashSet<string>(variant.Applications, StringComparer.OrdinalIgnoreCase);
        var otherApps = apps.Where(a => !allowedApps.Contains(a)).ToArray();
        return new ReferenceDeviation(instance.Id, instance.Team, start, index, skipped, added, reordered, otherApps);
    }

    /// <summary>Marks the members of one longest strictly increasing subsequence of <paramref name="values"/> (patience sorting, O(n log n)).</summary>
    internal static bool[] LongestIncreasing(int[] values)
    {
        var tails = new List<int>();
        var previous = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i])
                    lo = mid + 1;
                else
                    hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
                tails.Add(i);
            else
                tails[lo] = i;
        }
        var keep = new bool[values.Length];
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
            keep[i] = true;
        return keep;
    }

    private static List<ReferenceStepRate> StepRates(string[] prescribed, IReadOnlyList<ReferenceDeviation> deviations)
    {
        var rates = prescribed.Select(s => new ReferenceStepRate(s, true,
            deviations.Count(d => d.Skipped.Contains(s, StringComparer.Ordinal)), deviations.Count(d => d.Reordered.Contains(s, StringComparer.Ordinal)), 0)).ToList();
        rates.AddRange(deviations.SelectMany(d => d.Added).GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReferenceStepRate(g.Key, false, 0, 0, g.Count())));
        return rates;
    }

    // Per task type, the step names its instances' events carry.
    private static HashSet<string>[] Vocabularies(WorkLog log)
    {
        var sets = log.TaskTypes.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        for (var i = 0; i < log.Events.Count; i++)
        {
            var instance = log.InstanceOfEvent[i];
            if (instance >= 0 && log.StepOfEvent[i] is { } step)
                sets[log.Instances[instance].TaskType].Add(step);
        }
        return sets;
    }

    private static (int Type, string MatchedBy) PickType(WorkLog log, IReadOnlyList<ReferenceVariant> variants, HashSet<string>[] vocabularies, ReferenceOptions options)
    {
        if (options.TaskType is { } wanted)
        {
            for (var t = 0; t < log.TaskTypes.Count; t++)
            {
                if (string.Equals(log.TaskTypes[t].Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(log.TaskTypes[t].Name, wanted, StringComparison.OrdinalIgnoreCase))
                    return (t, "task");
            }
            var names = string.Join(", ", log.TaskTypes.Take(10).Select(t => "'" + t.Name + "'"));
            throw new InputException("--task", null, null, $"no mined task type has the id or name '{wanted}'; the types are {names}{(log.TaskTypes.Count > 10 ? " …" : "")}");
        }
        var instancesOf = log.Instances.GroupBy(i => i.TaskType).ToDictionary(g => g.Key, g => g.Count());
        var best = -1;
        var bestScore = 0.0;
        for (var t = 0; t < log.TaskTypes.Count; t++)
        {
            if (!instancesOf.ContainsKey(t))
                continue;
            var vocabulary = vocabularies[t];
            // Share of the procedure found among the type's steps, less a little for steps the type has beyond it,
            // so a small type that happens to hold every step of a general one does not win on size alone.
            var score = variants.Max(v =>
            {
                var steps = v.Steps.Select(s => StepMatcher.Match(s, vocabulary)).Distinct(StringComparer.Ordinal).ToArray();
                if (steps.Length == 0)
                    return 0.0;
                var found = steps.Count(vocabulary.Contains);
                return (double)found / steps.Length + (found == 0 ? 0 : 0.01 * found / Math.Max(vocabulary.Count, 1));
            });
            if (score > bestScore || (score == bestScore && best >= 0 && score > 0 && instancesOf[t] > instancesOf[best]))
            {
                best = t;
                bestScore = score;
            }
        }
        if (best < 0)
            throw new InputException("walkthrough", null, null, "no mined task type shares a step with the walkthrough; name the task type with --task NAME (see 'deskmine tasks')");
        return (best, "steps");
    }
}
