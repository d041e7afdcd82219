using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>Token-replays every variant and turns the token counts into fitness and deviations.</summary>
internal static class ReplayCheck
{
    public static ModelFitness Run(EventLog log, CompiledNet net, List<(int[] Trace, List<int> Cases)> variants, ModelCheckOptions options,
        CaseView view, List<Deviation> deviations)
    {
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        var replayer = new TokenReplayer(net, options.MaxSilentSteps);
        var results = variants.Select(v => replayer.Replay(v.Trace)).ToArray();
        var perCase = new CaseFitness[log.CaseCount];
        long missing = 0, consumed = 0, remaining = 0, produced = 0;
        foreach (var (c, v) in ModelChecker.CaseOrder(variants, log.CaseCount))
        {
            var r = results[v];
            perCase[c] = new CaseFitness(log.CaseIds[c], r.Fitness, r.Fits, r.Missing + r.Remaining);
            missing += r.Missing;
            consumed += r.Consumed;
            remaining += r.Remaining;
            produced += r.Produced;
            if (r.Fits)
                continue;
            var first = log.CaseStarts[c];
            deviations.Add(view.Deviation(ModelChecker.TokenReplayId, ModelChecker.TokenReplayId, c, r.Problems.Select(p => first + p), Message(log, first, r), r.Forced));
        }
        return new ModelFitness
        {
            Method = ModelChecker.TokenReplayId,
            Cases = log.CaseCount,
            FittingCases = perCase.Count(f => f.Fits),
            LogFitness = 0.5 * (1 - (consumed == 0 ? 0 : (double)missing / consumed)) + 0.5 * (1 - (produced == 0 ? 0 : (double)remaining / produced)),
            AverageFitness = perCase.Length == 0 ? 0 : perCase.Average(f => f.Fitness),
            PerCase = perCase,
            Variants = variants.Count,
            Seconds = clock.GetElapsedTime(started).TotalSeconds,
        };
    }

    private static string Message(EventLog log, int first, ReplayedTrace r)
    {
        var parts = new List<string>();
        if (r.Problems.Count > 0)
            parts.Add($"{(r.Problems.Count == 1 ? "1 event" : $"{r.Problems.Count} events")} could not be replayed ({string.Join(", ", r.Problems.Select(p => $"'{log.ActivityNames[log.Activities[first + p]]}'"))})");
        if (r.Missing > 0)
            parts.Add($"{r.Missing} missing token{(r.Missing == 1 ? "" : "s")}");
        if (r.Remaining > 0)
            parts.Add($"{r.Remaining} remaining token{(r.Remaining == 1 ? "" : "s")} (work the model expects was left undone)");
        return string.Join("; ", parts);
    }
}
