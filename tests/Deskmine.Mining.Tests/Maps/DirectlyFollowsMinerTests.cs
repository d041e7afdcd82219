using Deskmine.Mining.Benchmarks;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Maps;

public class DirectlyFollowsMinerTests
{
    private static readonly Core.Logs.EventLog Small = Some.Log(
        ("c1", "a", 0, null), ("c1", "b", 60, null), ("c1", "c", 180, null),
        ("c2", "a", 0, null), ("c2", "c", 30, null),
        ("c3", "a", 10, null), ("c3", "b", 70, null), ("c3", "c", 130, null));

    [Fact]
    public void Counts_activities_by_events_and_cases_and_start_and_end_activities_by_cases()
    {
        var map = ProcessMaps.Discover(Some.Log(("c1", "a", 0), ("c1", "a", 1), ("c1", "b", 2), ("c2", "b", 0)));

        Assert.Equal(2, map.NumCases);
        Assert.Equal(4, map.NumEvents);
        Assert.Equal([new ActivityStat("a", 2, 1), new ActivityStat("b", 2, 2)], map.Activities);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 }, map.StartActivities);
        Assert.Equal(new Dictionary<string, int> { ["b"] = 2 }, map.EndActivities);
    }

    [Fact]
    public void Edges_carry_frequency_and_the_seconds_between_the_two_events()
    {
        var map = ProcessMaps.Discover(Small);

        Assert.Equal(
            [
                new DfgEdge("a", "b", 2, 60, 60, 60, 60, 120),
                new DfgEdge("a", "c", 1, 30, 30, 30, 30, 30),
                new DfgEdge("b", "c", 2, 90, 90, 60, 120, 180),
            ],
            map.Edges);
    }

    [Fact]
    public void Variants_have_counts_and_case_durations_most_frequent_first()
    {
        var map = ProcessMaps.Discover(Small);

        Assert.Equal(2, map.NumVariants);
        Assert.Equal(["a", "b", "c"], map.Variants[0].Activities);
        Assert.Equal((2, 150.0, 150.0), (map.Variants[0].Count, map.Variants[0].MeanDurationS, map.Variants[0].MedianDurationS));
        Assert.Equal(["a", "c"], map.Variants[1].Activities);
        Assert.Equal((1, 30.0, 30.0), (map.Variants[1].Count, map.Variants[1].MeanDurationS, map.Variants[1].MedianDurationS));
    }

    [Fact]
    public void Variants_of_equal_count_keep_the_order_of_first_appearance()
    {
        var map = ProcessMaps.Discover(Some.Traces("ba", "c", "ab", "ab", "ba"));

        Assert.Equal(["ba", "ab", "c"], map.Variants.Select(v => string.Concat(v.Activities)));
    }

    [Fact]
    public void MaxVariants_keeps_the_top_variants_but_counts_them_all()
    {
        var map = ProcessMaps.Discover(Some.Traces("ab", "c", "c", "ab", "ab", "d"), new ProcessMapOptions { MaxVariants = 2 });

        Assert.Equal(3, map.NumVariants);
        Assert.Equal([("ab", 3), ("c", 2)], map.Variants.Select(v => (string.Concat(v.Activities), v.Count)));
    }

    [Fact]
    public void Events_at_the_same_time_follow_each_other_in_file_order()
    {
        var map = ProcessMaps.Discover(Some.Log(("c", "y", 5), ("c", "x", 0), ("c", "z", 5)));

        Assert.Equal([("x", "y"), ("y", "z")], map.Edges.Select(e => (e.Source, e.Target)));
        Assert.Equal(0.0, map.Edges[1].MeanS);
    }

    [Fact]
    public void Times_are_null_when_the_log_has_no_timestamps()
    {
        var map = ProcessMaps.Discover(Some.Log(("c1", "a", null), ("c1", "b", null), ("c2", "a", null), ("c2", "b", null)));

        var edge = Assert.Single(map.Edges);
        Assert.Equal(new DfgEdge("a", "b", 2, null, null, null, null, null), edge);
        Assert.Null(map.Variants[0].MeanDurationS);
        Assert.Null(map.Variants[0].MedianDurationS);
    }

    [Fact]
    public void Without_performance_and_variants_only_counts_are_computed()
    {
        var map = ProcessMaps.Discover(Small, new ProcessMapOptions { Performance = false, Variants = false });

        Assert.Equal([2L, 1L, 2L], map.Edges.Select(e => e.Frequency));
        Assert.All(map.Edges, e => Assert.Null(e.MeanS));
        Assert.Equal(0, map.NumVariants);
        Assert.Empty(map.Variants);
    }

    [Fact]
    public void An_empty_log_gives_an_empty_map()
    {
        var map = ProcessMaps.Discover(Some.Traces());

        Assert.Equal((0, 0L, 0, 0), (map.NumCases, map.NumEvents, map.Edges.Count, map.NumVariants));
    }

    [Fact]
    public void Parallel_discovery_equals_a_plain_reference_computation()
    {
        var log = MarkovLogs.Generate(5_000, seed: 3);
        var options = new ProcessMapOptions { MaxDegreeOfParallelism = 4, MinEventsPerPartition = 1_000 };
        Assert.Equal(5, CasePartitions.Split(log, options.MaxDegreeOfParallelism, options.MinEventsPerPartition).Length);

        var parallel = ProcessMaps.Discover(log, options);

        MapAssert.Equal(ReferenceMiner.Discover(log), parallel);
    }

    [Fact]
    public void Many_activities_use_sparse_edge_slots_with_the_same_results()
    {
        var log = MarkovLogs.Generate(1_000, activities: 400, seed: 5);
        Assert.False(EdgeSlots.For(log).IsDense);

        MapAssert.Equal(ReferenceMiner.Discover(log), ProcessMaps.Discover(log));
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DirectlyFollowsMiner(new ProcessMapOptions { MaxVariants = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DirectlyFollowsMiner(new ProcessMapOptions { MaxDegreeOfParallelism = 0 }));
    }
}
