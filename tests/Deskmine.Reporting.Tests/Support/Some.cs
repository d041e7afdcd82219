using Deskmine.Mining.Maps;

namespace Deskmine.Reporting.Tests.Support;

/// <summary>Test data: process maps built from simulated cases, so every figure in them is consistent.</summary>
internal static class Some
{
    public static readonly DateTimeOffset GeneratedAt = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] Verbs = ["Open", "Check", "Copy", "Enter", "Approve", "Search", "Update", "Send", "Review", "Export"];
    private static readonly string[] Objects = ["invoice", "customer record", "order in SAP", "claim form", "e-mail", "contract", "payment", "ticket", "spreadsheet", "address"];

    /// <summary>
    /// A map from <paramref name="cases"/> random walks over <paramref name="activities"/> activities: mostly
    /// forward along a main line with skips and short loops back, which gives about 80 edges for 30 activities.
    /// </summary>
    public static ProcessMap Map(int activities = 30, int cases = 400, int seed = 7, IReadOnlyList<string>? names = null)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, activities)
            .Select(i => names is not null && i < names.Count ? names[i] : $"{Verbs[i % Verbs.Length]} {Objects[(i * 3 + (i / Verbs.Length)) % Objects.Length]}")
            .ToArray();
        var traces = new List<(int[] Steps, double[] Gaps)>();
        for (var c = 0; c < cases; c++)
        {
            var steps = new List<int> { random.Next(100) < 85 ? 0 : 1 };
            var gaps = new List<double>();
            while (steps.Count < 60)
            {
                var at = steps[^1];
                var roll = random.Next(100);
                int next;
                if (at == activities - 1 || (roll < 4 && at > activities / 2))
                {
                    break;
                }
                else if (roll < 62)
                {
                    next = at + 1;
                }
                else if (roll < 80)
                {
                    next = Math.Min(activities - 1, at + 2);
                }
                else if (roll < 90 && at % 3 == 0 && at > 0)
                {
                    next = at - 1; // rework: back one step
                }
                else if (at % 4 == 1)
                {
                    next = Math.Min(activities - 1, at + 3);
                }
                else
                {
                    next = at + 1;
                }

                steps.Add(next);
                // Some steps are slow (waiting for approval), most take seconds to minutes.
                var scale = (at * 7 + next) % 11 == 0 ? 5400.0 : 20.0 + (at % 5) * 40;
                gaps.Add(-Math.Log(1 - random.NextDouble()) * scale);
            }

            traces.Add((steps.ToArray(), gaps.ToArray()));
        }

        return FromTraces(labels, traces);
    }

    /// <summary>Builds the map of the given cases (activity indexes and the seconds between consecutive events).</summary>
    public static ProcessMap FromTraces(IReadOnlyList<string> labels, IReadOnlyList<(int[] Steps, double[] Gaps)> traces)
    {
        var counts = new long[labels.Count];
        var caseCounts = new int[labels.Count];
        var edges = new Dictionary<(int, int), List<double>>();
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var ends = new Dictionary<string, int>(StringComparer.Ordinal);
        var variants = new Dictionary<string, (int[] Steps, List<double> Durations)>(StringComparer.Ordinal);
        foreach (var (steps, gaps) in traces)
        {
            foreach (var s in steps)
            {
                counts[s]++;
            }

            foreach (var s in steps.Distinct())
            {
                caseCounts[s]++;
            }

            for (var i = 0; i + 1 < steps.Length; i++)
            {
                var key = (steps[i], steps[i + 1]);
                if (!edges.TryGetValue(key, out var times))
                {
                    edges[key] = times = [];
                }

                times.Add(gaps[i]);
            }

            starts[labels[steps[0]]] = starts.GetValueOrDefault(labels[steps[0]]) + 1;
            ends[labels[steps[^1]]] = ends.GetValueOrDefault(labels[steps[^1]]) + 1;
            var variantKey = string.Join(',', steps);
            if (!variants.TryGetValue(variantKey, out var variant))
            {
                variants[variantKey] = variant = (steps, []);
            }

            variant.Durations.Add(gaps.Sum());
        }

        return new ProcessMap
        {
            NumCases = traces.Count,
            NumEvents = counts.Sum(),
            Activities = Enumerable.Range(0, labels.Count)
                .Where(i => counts[i] > 0)
                .Select(i => new ActivityStat(labels[i], counts[i], caseCounts[i]))
                .OrderByDescending(a => a.Count)
                .ToList(),
            StartActivities = starts,
            EndActivities = ends,
            Edges = edges
                .OrderBy(e => labels[e.Key.Item1], StringComparer.Ordinal).ThenBy(e => labels[e.Key.Item2], StringComparer.Ordinal)
                .Select(e => new DfgEdge(labels[e.Key.Item1], labels[e.Key.Item2], e.Value.Count, e.Value.Average(), Median(e.Value), e.Value.Min(), e.Value.Max(), e.Value.Sum()))
                .ToList(),
            NumVariants = variants.Count,
            Variants = variants.Values
                .OrderByDescending(v => v.Durations.Count)
                .Select(v => new Variant(v.Steps.Select(s => labels[s]).ToList(), v.Durations.Count, v.Durations.Average(), Median(v.Durations)))
                .ToList(),
        };
    }

    /// <summary>
    /// An event log of invoice handling with an exclusive choice, a parallel block and a rework loop; each case is the
    /// list of activities given, one minute apart. <paramref name="odd"/> names one more, optional activity.
    /// </summary>
    /// <remarks>With <paramref name="taskTypes"/>, each event carries a <c>task</c> attribute: <c>Check</c> up to the
    /// decision, <c>Approve</c> from it on.</remarks>
    public static Core.Logs.EventLog InvoiceLog(string odd = "Call supplier", bool taskTypes = false)
    {
        string[][] shapes =
        [
            ["Open invoice", "Check invoice", "Look up order", "Approve payment", "Archive"],
            ["Open invoice", "Look up order", "Check invoice", "Approve payment", "Archive"],
            ["Open invoice", "Check invoice", "Look up order", "Reject invoice", "Archive"],
            ["Open invoice", "Look up order", "Check invoice", "Ask for correction", "Check invoice", "Look up order", "Approve payment", "Archive"],
            ["Open invoice", "Check invoice", "Look up order", odd, "Approve payment", "Archive"],
        ];
        var builder = new Core.Logs.EventLogBuilder(taskTypes ? ["task"] : null);
        string[] decisions = ["Approve payment", "Reject invoice", "Archive"];
        var start = Core.Timestamps.ToMicros(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));
        for (var c = 0; c < 40; c++)
        {
            var trace = shapes[c % shapes.Length];
            for (var i = 0; i < trace.Length; i++)
            {
                var task = decisions.Contains(trace[i]) ? "Approve" : "Check";
                builder.Add($"case-{c}", trace[i], start + (c * 3600L + i * 60L) * 1_000_000, taskTypes ? [task] : default);
            }
        }

        return builder.Build();
    }

    public static ReportModel Model(ProcessMap? map = null, string title = "Accounts payable — March") => new()
    {
        Title = title,
        GeneratedAt = GeneratedAt,
        Map = map ?? Map(),
        Subtitle = "Simulated workforce, 14 people, 1–31 March",
        Teams =
        [
            new TeamStatistics { Team = "Invoices Berlin", People = 8, Cases = 240, Events = 3100, MeanCaseDurationS = 2400, MedianCaseDurationS = 1500, TopVariant = ["Open invoice", "Check invoice", "Approve payment"], TopVariantCases = 60 },
            new TeamStatistics { Team = "Invoices Lisbon", People = 6, Cases = 150, Events = 2050, MeanCaseDurationS = 3100, MedianCaseDurationS = 1900, TopVariant = ["Open invoice", "Approve payment"], TopVariantCases = 30 },
            new TeamStatistics { Team = "Night shift", People = 2, Cases = 10, Events = 90, MeanCaseDurationS = 999, MedianCaseDurationS = 998 },
        ],
        Figures = [new ReportFigure("People", "16")],
    };

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
