using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Evaluation;

/// <summary>
/// Scores a <see cref="RecognitionResult"/> against ground truth with the measures of the task-mining
/// literature (Leno et al. 2020; Rebmann and van der Aa 2024). Truth lists are aligned with the events given to
/// recognition, which are taken to be in time order.
/// </summary>
public static class RecognitionEvaluator
{
    private const string NoiseLabel = "\u2205noise";

    /// <summary>Evaluates <paramref name="result"/>.</summary>
    /// <param name="result">What recognition found.</param>
    /// <param name="trueInstance">True task instance per event; <c>null</c> as <paramref name="unlabelled"/> says.</param>
    /// <param name="trueType">True task type per event; <c>null</c> where the instance is <c>null</c>.</param>
    /// <param name="unlabelled">Whether a <c>null</c> instance means noise (scored) or no truth (not scored).</param>
    public static EvaluationReport Evaluate(
        RecognitionResult result, IReadOnlyList<string?> trueInstance, IReadOnlyList<string?> trueType,
        UnlabelledEvents unlabelled = UnlabelledEvents.Noise)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Evaluate(result.SegmentOfEvent, result.TaskTypeOfEvent, trueInstance, trueType, unlabelled);
    }

    /// <summary>Evaluates a stored recognition run given as a segment and a task type per event (<c>-1</c> for noise).</summary>
    /// <param name="segmentOfEvent">Discovered segment per event, <c>-1</c> for noise.</param>
    /// <param name="taskTypeOfEvent">Discovered task type per event, <c>-1</c> for noise.</param>
    /// <param name="trueInstance">True task instance per event; <c>null</c> as <paramref name="unlabelled"/> says.</param>
    /// <param name="trueType">True task type per event; <c>null</c> where the instance is <c>null</c>.</param>
    /// <param name="unlabelled">Whether a <c>null</c> instance means noise (scored) or no truth (not scored).</param>
    public static EvaluationReport Evaluate(
        IReadOnlyList<int> segmentOfEvent, IReadOnlyList<int> taskTypeOfEvent,
        IReadOnlyList<string?> trueInstance, IReadOnlyList<string?> trueType,
        UnlabelledEvents unlabelled = UnlabelledEvents.Noise)
    {
        ArgumentNullException.ThrowIfNull(segmentOfEvent);
        ArgumentNullException.ThrowIfNull(taskTypeOfEvent);
        ArgumentNullException.ThrowIfNull(trueInstance);
        ArgumentNullException.ThrowIfNull(trueType);
        var result = (SegmentOfEvent: segmentOfEvent, TaskTypeOfEvent: taskTypeOfEvent);
        var n = segmentOfEvent.Count;
        if (taskTypeOfEvent.Count != n)
            throw new ArgumentException($"Task types must have one entry per event ({n}).", nameof(taskTypeOfEvent));
        if (trueInstance.Count != n || trueType.Count != n)
            throw new ArgumentException($"Truth lists must have one entry per event ({n}).", nameof(trueInstance));

        var scored = Enumerable.Range(0, n).Where(i => trueInstance[i] is not null || unlabelled == UnlabelledEvents.Noise).ToArray();
        string P(int s) => s < 0 ? NoiseLabel : s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var predSeg = scored.Select(i => P(result.SegmentOfEvent[i])).ToArray();
        var predType = scored.Select(i => P(result.TaskTypeOfEvent[i])).ToArray();
        var trueSeg = scored.Select(i => trueInstance[i] ?? NoiseLabel).ToArray();
        var trueTyp = scored.Select(i => trueInstance[i] is null ? NoiseLabel : trueType[i] ?? NoiseLabel).ToArray();

        // Segments as ordered lists of scored event ids.
        var discovered = Group(scored, i => result.SegmentOfEvent[i] < 0 ? null : P(result.SegmentOfEvent[i]));
        var truths = Group(scored, i => trueInstance[i]);
        var truthOf = new Dictionary<int, string>();
        foreach (var (id, members) in truths)
            foreach (var e in members)
                truthOf[e] = id;
        var eds = new List<double>();
        var segPred = new List<string>();
        var segTrue = new List<string>();
        foreach (var (id, members) in discovered)
        {
            var best = members.Where(truthOf.ContainsKey).GroupBy(e => truthOf[e])
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
            eds.Add(best is null ? 1.0 : Agreement.NormalisedEditDistance(members, truths[best.Key]));
            segPred.Add(P(result.TaskTypeOfEvent[members[0]]));
            segTrue.Add(best is null ? NoiseLabel : trueType[best.First()] ?? NoiseLabel);
        }

        var (bp, br, bf) = Boundaries(predSeg, trueSeg);
        var (tp, tr, tf) = Agreement.MajorityMapped(predType, trueTyp);
        var (ip, ir, iF) = Agreement.MajorityMapped(predSeg, trueSeg);
        return new EvaluationReport(
            scored.Length, discovered.Count, truths.Count, eds.Count == 0 ? 0 : eds.Average(),
            bp, br, bf, tp, tr, tf, ip, ir, iF,
            Agreement.AdjustedRand(predType, trueTyp), Agreement.AdjustedRand(segPred, segTrue),
            Agreement.AdjustedRand(predSeg, trueSeg));
    }

    private static Dictionary<string, List<int>> Group(int[] scored, Func<int, string?> key)
    {
        var d = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in scored)
        {
            if (key(i) is not { } k)
                continue;
            if (!d.TryGetValue(k, out var list))
                d[k] = list = [];
            list.Add(i);
        }
        return d;
    }

    // A boundary is a scored event (after the first) whose segment differs from the previous scored event's;
    // noise events start no segment.
    private static (double P, double R, double F1) Boundaries(string[] pred, string[] truth)
    {
        int tp = 0, np = 0, nt = 0;
        for (var i = 1; i < pred.Length; i++)
        {
            var p = pred[i] != pred[i - 1] && pred[i] != NoiseLabel;
            var t = truth[i] != truth[i - 1] && truth[i] != NoiseLabel;
            np += p ? 1 : 0;
            nt += t ? 1 : 0;
            tp += p && t ? 1 : 0;
        }
        var prec = np == 0 ? (nt == 0 ? 1 : 0) : (double)tp / np;
        var rec = nt == 0 ? 1 : (double)tp / nt;
        return (prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
    }
}
