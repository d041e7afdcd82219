using Deskmine.Core.Events;

namespace Deskmine.Mining.Evaluation.Benchmarks;

/// <summary>
/// Builds a mixed, interleaved UI log from recorded single-routine instances, deterministically from a seed:
/// instances of every task type are drawn, shuffled and concatenated, and a share of them is suspended part-way by
/// one whole other instance and then resumed (as when a clerk takes a call-in request and returns to the form).
/// Timestamps are re-based onto one timeline: each instance keeps its own gaps between events, and is preceded by
/// the pause its worker originally took before it, so the pauses between tasks are the recorded ones.
/// </summary>
/// <remarks>
/// Timeline of an instance A suspended by B (<c>|</c> = event, gaps as recorded):
/// <code>
/// … pause(A) |A1 |A2 pause(B) |B1 |B2 |B3 gap(A2→A3) |A3 |A4 pause(next) …
/// </code>
/// </remarks>
public static class MixedLogBuilder
{
    /// <summary>Builds the log from <paramref name="samples"/>.</summary>
    /// <param name="samples">Recorded instances of one or more task types.</param>
    /// <param name="options">Settings; <see cref="MixedLogOptions.Default"/> when <c>null</c>.</param>
    public static MixedLog Build(IReadOnlyList<TaskInstanceSample> samples, MixedLogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        options ??= MixedLogOptions.Default;
        options.Validate();
        var rng = new Random(options.Seed);
        var chosen = new List<TaskInstanceSample>();
        foreach (var group in samples.Where(s => s.Events.Count > 0).GroupBy(s => s.TaskType, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pool = group.OrderBy(s => s.Instance, StringComparer.Ordinal).ToList();
            Shuffle(pool, rng);
            chosen.AddRange(pool.Take(options.InstancesPerType));
        }
        Shuffle(chosen, rng);

        var events = new List<UiEvent>();
        var instance = new List<string>();
        var type = new List<string>();
        var suspended = new List<string>();
        var now = options.StartMicros;
        var first = true;
        for (var k = 0; k < chosen.Count; k++)
        {
            var a = chosen[k];
            var canSuspend = a.Events.Count >= 4 && k + 1 < chosen.Count;
            if (canSuspend && rng.NextDouble() < options.InterleavedShare)
            {
                var cut = 2 + rng.Next(a.Events.Count - 3);
                var b = chosen[++k];
                Append(a, 0, cut, Lead(a));
                Append(b, 0, b.Events.Count, Lead(b));
                Append(a, cut, a.Events.Count, Gap(a, cut));
                suspended.Add(Id(a));
            }
            else
            {
                Append(a, 0, a.Events.Count, Lead(a));
            }
        }
        return new MixedLog(events, instance, type, suspended);

        long Lead(TaskInstanceSample s) => first ? 0 : Micros(s.LeadingPause ?? options.DefaultPause);

        void Append(TaskInstanceSample s, int from, int to, long pause)
        {
            now += pause;
            for (var i = from; i < to; i++)
            {
                if (i > from)
                    now += Gap(s, i);
                events.Add(Rebased(s.Events[i], now, events.Count, options.User));
                instance.Add(Id(s));
                type.Add(s.TaskType);
            }
            first = false;
        }
    }

    private static string Id(TaskInstanceSample s) => s.TaskType + "#" + s.Instance;

    private static long Gap(TaskInstanceSample s, int i) =>
        Math.Max(0, (s.Events[i].Ts ?? 0) - (s.Events[i - 1].Ts ?? 0));

    private static long Micros(TimeSpan t) => Math.Max(0, t.Ticks / 10);

    // The truth must not travel with the event: attributes naming the case are dropped, and the person and
    // session become the mixed stream's.
    private static UiEvent Rebased(UiEvent e, long ts, int seq, string user) => e with
    {
        Ts = ts,
        Seq = seq,
        User = user,
        Session = user,
        CaseId = null,
        Attrs = e.Attrs?.Where(p => !p.Key.Equals("caseID", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        SourceRow = seq,
    };

    private static void Shuffle<T>(List<T> list, Random rng)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
