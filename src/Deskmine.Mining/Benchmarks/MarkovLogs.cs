using System.Globalization;
using Deskmine.Core.Logs;

namespace Deskmine.Mining.Benchmarks;

/// <summary>
/// Synthetic event logs for scale tests, built in memory with the model of <c>bench/gen_synthetic.py</c>:
/// a first-order Markov chain over the activities <c>A00</c>…, three starting activities (70/20/10 %), three
/// successors per activity (75/18/7 %, some going back to form loops), 6–14 events per case, case starts
/// spread over 2023, exponential gaps with a mean per activity between one minute and eight hours, whole
/// seconds, and a <c>resource</c> attribute <c>R000</c>…<c>R099</c>. Deterministic for a seed (but not the
/// same random stream as the Python generator).
/// </summary>
public static class MarkovLogs
{
    /// <summary>Builds a log of <paramref name="cases"/> cases (about ten events each).</summary>
    public static EventLog Generate(int cases, int activities = 30, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(activities, 3);
        var rng = new Random(seed);
        var successors = new int[activities, 3];
        for (var a = 0; a < activities; a++)
        {
            var first = 1 + rng.Next(4);
            var second = first;
            while (second == first)
                second = 1 + rng.Next(4);
            successors[a, 0] = (a + first) % activities;
            successors[a, 1] = (a + second) % activities;
            successors[a, 2] = rng.Next(activities);
        }
        var meanGap = new double[activities];
        for (var a = 0; a < activities; a++)
            meanGap[a] = 60 + (rng.NextDouble() * ((8 * 3600) - 60));

        var caseStarts = new int[cases + 1];
        for (var c = 0; c < cases; c++)
            caseStarts[c + 1] = caseStarts[c] + 6 + rng.Next(9);
        var events = caseStarts[cases];
        var acts = new int[events];
        var ts = new long[events];
        var refs = new long[events];
        var resources = new int[events];
        var yearStart = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        for (var c = 0; c < cases; c++)
        {
            var draw = rng.NextDouble();
            var act = draw < 0.7 ? 0 : draw < 0.9 ? 1 : 2;
            double seconds = yearStart + rng.NextInt64(365L * 86400);
            for (var i = caseStarts[c]; i < caseStarts[c + 1]; i++)
            {
                if (i > caseStarts[c])
                {
                    var pick = rng.NextDouble();
                    act = successors[act, pick < 0.75 ? 0 : pick < 0.93 ? 1 : 2];
                    seconds += -Math.Log(1 - rng.NextDouble()) * meanGap[act];
                }
                acts[i] = act;
                ts[i] = (long)seconds * 1_000_000;
                refs[i] = i;
                resources[i] = rng.Next(100);
            }
        }
        var caseIds = new string[cases];
        for (var c = 0; c < cases; c++)
            caseIds[c] = "C" + c.ToString("D7", CultureInfo.InvariantCulture);
        var names = Enumerable.Range(0, activities).Select(a => "A" + a.ToString("D2", CultureInfo.InvariantCulture)).ToArray();
        var resourceNames = Enumerable.Range(0, 100).Select(r => "R" + r.ToString("D3", CultureInfo.InvariantCulture)).ToArray();
        var attributes = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal)
        {
            ["resource"] = new CategoricalColumn(resourceNames, resources),
        };
        return new EventLog(caseIds, caseStarts, names, acts, ts, refs, attributes);
    }
}
