using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Candidates;

/// <summary>
/// Measures the volume and features of a candidate from the occurrences it covers. Each feature is 0–1 and has one
/// definition for task types and routines alike; <c>docs/analysis.md</c> states them.
/// </summary>
internal sealed partial class FeatureMeasurer
{
    private readonly WorkLog _log;
    private readonly IReadOnlyList<InstanceTiming> _timings;
    private readonly DataTransferReport _transfers;
    private readonly ObservedPeriod _period;
    private readonly AnalysisAssumptions _a;
    private readonly Dictionary<string, HashSet<string>> _usersOfCase = new(StringComparer.Ordinal);

    public FeatureMeasurer(WorkLog log, IReadOnlyList<InstanceTiming> timings, DataTransferReport transfers, ObservedPeriod period, AnalysisAssumptions assumptions)
    {
        (_log, _timings, _transfers, _period, _a) = (log, timings, transfers, period, assumptions);
        foreach (var instance in log.Instances)
        {
            if (string.IsNullOrEmpty(instance.CaseId))
                continue;
            if (!_usersOfCase.TryGetValue(instance.CaseId, out var users))
                _usersOfCase[instance.CaseId] = users = new HashSet<string>(StringComparer.Ordinal);
            users.Add(instance.User);
        }
    }

    /// <summary>Measures a candidate covering <paramref name="occurrences"/>.</summary>
    public MeasuredCandidate Measure(CandidateKind kind, string name, IReadOnlyList<string> steps, IReadOnlyList<Occurrence> occurrences)
    {
        var o = _a.Scoring;
        var type = occurrences.GroupBy(x => _log.Instances[x.Instance].TaskType)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        var people = occurrences.Select(x => _log.Instances[x.Instance].User).Distinct(StringComparer.Ordinal).Count();
        var hours = occurrences.Sum(x => Slice(x).Sum(s => s.HandlingMicros)) / 3.6e9;
        var hoursPerYear = _period.PerYear(hours, _a.WorkingDaysPerYear);
        var weeks = _period.Weeks(_a.WorkingDaysPerWeek);
        var perWeek = weeks == 0 ? 0 : occurrences.Count / weeks;
        var variants = occurrences.Select(Variant).ToArray();
        var events = occurrences.SelectMany(x => Slice(x).SelectMany(s => s.Events)).ToArray();

        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [Features.Frequency] = Half(perWeek, o.FrequencyHalf),
            [Features.HandlingTime] = Half(hoursPerYear, o.HoursHalf),
            [Features.People] = Half(people, o.PeopleHalf),
            [Features.VariantEntropy] = NormalisedEntropy(variants),
            [Features.Determinism] = Determinism(occurrences),
            [Features.DataTransfer] = Half(TransferShare(occurrences), o.TransferShareHalf),
            [Features.UnstructuredInput] = events.Length == 0 ? 0
                : events.Count(e => o.UnstructuredInputs.Any(p => p.Matches(_log.Events[e]))) / (double)events.Length,
            [Features.ExceptionRate] = RareShare(variants, o.RareVariantShare),
            [Features.ReworkRate] = occurrences.Count == 0 ? 0 : occurrences.Count(HasRework) / (double)occurrences.Count,
            [Features.UiStability] = UiStability(occurrences, o.StableElementShare),
            [Features.Handoff] = Handoff(occurrences),
            [Features.PersonVariance] = PersonVariance(occurrences, variants),
            [Features.Retyping] = Retyping(occurrences),
        };
        return new MeasuredCandidate(kind, type, name, steps, occurrences.Count, people, hours, hoursPerYear, hoursPerYear / _a.HoursPerFte, features);
    }

    private IEnumerable<StepOccurrence> Slice(Occurrence x) => _timings[x.Instance].Steps.Skip(x.First).Take(x.Count);

    private string Variant(Occurrence x) => string.Join('\u001f', Slice(x).Select(s => s.Name));

    private static double Half(double x, double half) => x <= 0 ? 0 : x / (x + half);

    /// <summary>Shannon entropy of the variant distribution over its maximum for this many instances, log2(n).</summary>
    internal static double NormalisedEntropy(IReadOnlyCollection<string> variants)
    {
        if (variants.Count < 2)
            return 0;
        var n = (double)variants.Count;
        var h = variants.GroupBy(v => v, StringComparer.Ordinal).Sum(g => -(g.Count() / n) * Math.Log2(g.Count() / n));
        return h / Math.Log2(n);
    }

    private static double RareShare(IReadOnlyCollection<string> variants, double rare)
    {
        if (variants.Count == 0)
            return 0;
        var n = (double)variants.Count;
        return variants.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() / n < rare).Sum(g => g.Count()) / n;
    }

    /// <summary>
    /// Mean over step occurrences that have a next step of the probability of the most likely next step after that
    /// step name. Transitions are counted over the whole instances the candidate touches, so a routine is judged by
    /// how its steps continue in real work, not only inside its own (fixed) sequence.
    /// </summary>
    private double Determinism(IReadOnlyList<Occurrence> occurrences)
    {
        var covered = occurrences.SelectMany(x => Slice(x).SkipLast(1).Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
        var next = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var instance in occurrences.Select(x => x.Instance).Distinct())
        {
            var steps = _timings[instance].Steps;
            for (var i = 0; i + 1 < steps.Count; i++)
            {
                if (!covered.Contains(steps[i].Name))
                    continue;
                if (!next.TryGetValue(steps[i].Name, out var counts))
                    next[steps[i].Name] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[steps[i + 1].Name] = counts.GetValueOrDefault(steps[i + 1].Name) + 1;
            }
        }
        var total = next.Values.Sum(c => c.Values.Sum());
        return total == 0 ? 1 : next.Values.Sum(c => (double)c.Values.Max()) / total;
    }

    private double TransferShare(IReadOnlyList<Occurrence> occurrences)
    {
        if (occurrences.Count == 0)
            return 0;
        var shares = _transfers.TransferEventShare;
        return occurrences.Average(x => _log.Instances[x.Instance].TaskType is var t && t < shares.Count ? shares[t] : 0);
    }

    private double Handoff(IReadOnlyList<Occurrence> occurrences) => occurrences.Count == 0 ? 0
        : occurrences.Count(x => _log.Instances[x.Instance] is { CaseId: { Length: > 0 } c } && _usersOfCase[c].Count > 1) / (double)occurrences.Count;
}
