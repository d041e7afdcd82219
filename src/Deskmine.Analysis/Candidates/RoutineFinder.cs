using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Candidates;

/// <summary>
/// Finds frequent sub-routines: contiguous runs of <see cref="CandidateOptions.MinRoutineLength"/> to
/// <see cref="CandidateOptions.MaxRoutineLength"/> performed steps that occur in at least
/// <see cref="CandidateOptions.MinRoutineInstances"/> instances, of any task type.
/// </summary>
/// <remarks>
/// Every run of every length is counted once per instance. Runs are then taken greedily by coverage (instances ×
/// length); a run is dropped when more than <see cref="CandidateOptions.MaxRoutineOverlap"/> of its performed steps
/// already belong to a run taken before: "A B C D" in 300 instances makes "B C D" in the same 300 (and "C D E"
/// in most of them) redundant, while "X B C" elsewhere stays.
/// </remarks>
internal static class RoutineFinder
{
    public static IReadOnlyList<(IReadOnlyList<string> Steps, IReadOnlyList<Occurrence> Occurrences)> Find(
        IReadOnlyList<InstanceTiming> timings, CandidateOptions options)
    {
        var found = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        for (var instance = 0; instance < timings.Count; instance++)
        {
            var names = timings[instance].Steps.Select(s => s.Name).ToArray();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (var length = options.MinRoutineLength; length <= Math.Min(options.MaxRoutineLength, names.Length); length++)
            {
                for (var first = 0; first + length <= names.Length; first++)
                {
                    var key = string.Join('\u001f', names, first, length);
                    if (!taken.Add(key))
                        continue;
                    if (!found.TryGetValue(key, out var list))
                        found[key] = list = [];
                    list.Add(new Occurrence(instance, first, length));
                }
            }
        }

        var accepted = new List<(string Key, IReadOnlyList<string> Steps, IReadOnlyList<Occurrence> Occurrences)>();
        var covered = new HashSet<(int Instance, int Step)>();
        foreach (var (key, list) in found
            .Where(kv => kv.Value.Count >= options.MinRoutineInstances)
            .OrderByDescending(kv => (long)kv.Value.Count * kv.Value[0].Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (accepted.Count >= options.MaxRoutines)
                break;
            var positions = list.SelectMany(o => Enumerable.Range(o.First, o.Count).Select(s => (o.Instance, s))).ToArray();
            if (positions.Count(covered.Contains) > options.MaxRoutineOverlap * positions.Length)
                continue;
            covered.UnionWith(positions);
            accepted.Add((key, key.Split('\u001f'), list));
        }
        return [.. accepted.Select(a => (a.Steps, a.Occurrences))];
    }
}
