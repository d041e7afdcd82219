using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Filters;

public sealed class RareActivityFoldingTests
{
    // a: 10 events, b: 9, c: 3 (12 %), d: 2 (8 %), e: 1 (4 %) — 25 events in all.
    private static readonly Core.Logs.EventLog Log = Some.Traces("aabbbc", "aabbbcd", "aaabbcde", "aaab");

    private static ProcessMap Fold(double minPercent, int maxActivities = int.MaxValue, Core.Logs.EventLog? log = null) =>
        ProcessMaps.Discover(new RareActivityFolding(new RareActivityFoldingOptions
        {
            MinPercent = minPercent,
            MaxActivities = maxActivities,
            Noun = "steps",
        }).Apply(log ?? Log));

    [Fact]
    public void Activities_under_the_share_fold_into_one_named_with_how_many_and_their_share()
    {
        var map = Fold(minPercent: 10);

        // "Other" and c have 3 events each; ties go by name.
        Assert.Equal(["a", "b", "Other (2 rare steps, 12.0 % of events)", "c"], map.Activities.Select(a => a.Name));
        Assert.Equal(3, map.Activities[2].Count);
        Assert.Equal(Log.EventCount, map.NumEvents);
        Assert.Equal(2, map.EndActivities["Other (2 rare steps, 12.0 % of events)"]);
    }

    [Fact]
    public void The_limit_counts_the_other_activity_and_keeps_the_most_frequent()
    {
        var map = Fold(minPercent: 0, maxActivities: 3);

        Assert.Equal(["a", "b", "Other (3 rare steps, 24.0 % of events)"], map.Activities.Select(a => a.Name));
        Assert.Equal(Log.CaseCount, map.NumCases);
    }

    [Fact]
    public void One_rare_activity_alone_keeps_its_name()
    {
        // Under 5 % only e (4 %) is rare, and one activity is never folded into "Other" alone.
        var map = Fold(minPercent: 5);

        Assert.Equal(5, map.Activities.Count);
        Assert.DoesNotContain(map.Activities, a => a.Name.StartsWith("Other", StringComparison.Ordinal));
    }

    [Fact]
    public void Folded_events_stay_in_their_cases_so_paths_run_through_the_other_activity()
    {
        var map = Fold(minPercent: 10);
        const string other = "Other (2 rare steps, 12.0 % of events)";

        Assert.Contains(map.Edges, e => e.Source == "c" && e.Target == other && e.Frequency == 2);
        Assert.Equal(Log.EventCount - Log.CaseCount, map.Edges.Sum(e => (long)e.Frequency));
    }

    [Fact]
    public void A_tiny_share_reads_as_under_a_tenth_of_a_percent()
    {
        var traces = Enumerable.Repeat("ab", 10_000).Append("abxy").ToArray();

        var map = Fold(minPercent: 1, log: Some.Traces(traces));

        Assert.Contains(map.Activities, a => a.Name == "Other (2 rare steps, < 0.1 % of events)");
    }

    [Fact]
    public void Rare_activities_climb_to_a_coarser_name_that_is_frequent_together()
    {
        // x1, x2, x3: 2 events each (6 % each of 33); y: 1 event. Together the x's reach 18 %.
        var log = Some.Log([.. Enumerable.Range(0, 9).Select(i => ("c" + i, "a", (double?)0))
            .Concat(Enumerable.Range(0, 9).Select(i => ("c" + i, "b", (double?)1)))
            .Concat(Enumerable.Range(0, 6).Select(i => ("c" + i, "x" + (1 + i % 3), (double?)2)))
            .Concat(Enumerable.Range(0, 8).Select(i => ("c" + i, i < 6 ? "b" : "a", (double?)3)))
            .Append(("c0", "y", (double?)4))]);
        var options = new RareActivityFoldingOptions
        {
            MinPercent = 10,
            Noun = "steps",
            CoarserName = name => name.StartsWith('x') && name.Length > 1 ? "x" : null,
        };

        var map = ProcessMaps.Discover(new RareActivityFolding(options).Apply(log));

        Assert.Equal(["b", "a", "x (3 steps)", "y"], map.Activities.Select(a => a.Name));
        Assert.Equal(6, map.Activities.Single(a => a.Name == "x (3 steps)").Count);
    }

    [Fact]
    public void Over_the_limit_the_least_frequent_climb_until_the_map_fits()
    {
        // Six activities: a, b frequent; p1, p2, q1, q2 share two coarser names p and q.
        var log = Some.Traces("abp", "abp", "abq", "abq", "abP", "abQ", "ab", "ab");
        var options = new RareActivityFoldingOptions
        {
            MaxActivities = 4,
            CoarserName = name => name switch { "p" or "P" => "pp", "q" or "Q" => "qq", _ => null },
        };

        var map = ProcessMaps.Discover(new RareActivityFolding(options).Apply(log));

        Assert.Equal(["a", "b", "pp (2 activities)", "qq (2 activities)"], map.Activities.Select(a => a.Name));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(101, 10)]
    [InlineData(5, 1)]
    public void Settings_out_of_range_are_rejected(double minPercent, int maxActivities) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RareActivityFolding(new RareActivityFoldingOptions { MinPercent = minPercent, MaxActivities = maxActivities }));
}
