using System.Globalization;
using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>Aligns every variant within the bounds and turns the alignments into fitness and deviations.</summary>
internal static class AlignmentCheck
{
    public static ModelFitness Run(EventLog log, CompiledNet net, List<(int[] Trace, List<int> Cases)> variants, ModelCheckOptions options,
        CaseView view, List<Deviation> deviations)
    {
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        var perVariant = clock.TimestampFrequency * options.MaxTimePerVariant.TotalSeconds;
        var total = started + (long)(clock.TimestampFrequency * options.MaxTimeTotal.TotalSeconds);
        var aligner = new Aligner(net, options);
        // The cheapest complete run of the model: what an empty trace costs, part of every case's worst case.
        var empty = aligner.Align([], Math.Min(total, clock.GetTimestamp() + (long)perVariant));
        var modelRun = empty.GaveUp is null ? empty.Deviations : 0;

        var results = new AlignedTrace[variants.Count];
        for (var v = 0; v < variants.Count; v++)
        {
            var now = clock.GetTimestamp();
            results[v] = now > total ? AlignedTrace.Failed("total time", 0)
                : aligner.Align(variants[v].Trace, Math.Min(total, now + (long)perVariant));
        }

        var perCase = new CaseFitness?[log.CaseCount];
        var gaveUp = new List<GaveUpCase>();
        long cost = 0, worst = 0;
        // Cases in log order, so deviations and given-up cases read in the order of the log.
        foreach (var (c, v) in ModelChecker.CaseOrder(variants, log.CaseCount))
        {
            var trace = variants[v].Trace;
            var a = results[v];
            if (a.GaveUp is { } reason)
            {
                gaveUp.Add(new GaveUpCase(log.CaseIds[c], Reason(reason, options)));
                continue;
            }
            var bound = trace.Length + modelRun;
            var fitness = bound == 0 ? 1.0 : 1.0 - (double)a.Deviations / bound;
            perCase[c] = new CaseFitness(log.CaseIds[c], fitness, a.Deviations == 0, a.Deviations);
            cost += a.Deviations;
            worst += bound;
            if (a.Deviations == 0)
                continue;
            var first = log.CaseStarts[c];
            deviations.Add(view.Deviation(ModelChecker.AlignmentsId, ModelChecker.AlignmentsId, c, a.LogMoves.Select(p => first + p), Message(log, first, a), a.Skipped));
        }
        var ordered = perCase.OfType<CaseFitness>().ToList();
        return new ModelFitness
        {
            Method = ModelChecker.AlignmentsId,
            Cases = log.CaseCount,
            FittingCases = ordered.Count(f => f.Fits),
            LogFitness = worst == 0 ? 1.0 : 1.0 - (double)cost / worst,
            AverageFitness = ordered.Count == 0 ? 0 : ordered.Average(f => f.Fitness),
            PerCase = ordered,
            GaveUp = gaveUp,
            Variants = variants.Count,
            Seconds = clock.GetElapsedTime(started).TotalSeconds,
        };
    }

    private static string Reason(string reason, ModelCheckOptions options) => reason switch
    {
        "states" => $"more than {options.MaxStatesPerVariant.ToString("N0", CultureInfo.InvariantCulture)} search states",
        "time" => $"more than {options.MaxTimePerVariant.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s for its variant",
        "total time" => $"the log's time bound ({options.MaxTimeTotal.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s) was spent",
        _ => reason,
    };

    private static string Message(EventLog log, int first, AlignedTrace a)
    {
        var parts = new List<string>();
        if (a.LogMoves.Count > 0)
            parts.Add($"{Count(a.LogMoves.Count, "event")} the model does not allow there ({string.Join(", ", a.LogMoves.Select(p => $"'{log.ActivityNames[log.Activities[first + p]]}'"))})");
        if (a.Skipped.Count > 0)
            parts.Add($"{Count(a.Skipped.Count, "model activity", "model activities")} skipped ({string.Join(", ", a.Skipped.Select(s => $"'{s}'"))})");
        return string.Join("; ", parts);
    }

    private static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";
}
