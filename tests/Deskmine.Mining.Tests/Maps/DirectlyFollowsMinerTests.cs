using Deskmine.Core.Logs;
using Deskmine.Mining.Benchmarks;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Maps;

public class DirectlyFollowsMinerTests
{
    private static readonly EventLog Small = Some.Log(
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
    public void Interval_events_are_measured_from_one_end_to_the_next_start()
    {
        // c1: a [0, 10] → b [25, 40] → c [35, 50]   (c starts before b ends: a negative wait)
        // c2: a [0, 100] → b [130, 131]
        var builder = new EventLogBuilder();
        builder.Add("c1", "a", Some.Micros(0), duration: 10_000_000);
        builder.Add("c1", "b", Some.Micros(25), duration: 15_000_000);
        builder.Add("c1", "c", Some.Micros(35), duration: 15_000_000);
        builder.Add("c2", "a", Some.Micros(0), duration: 100_000_000);
        builder.Add("c2", "b", Some.Micros(130), duration: 1_000_000);

        var map = ProcessMaps.Discover(builder.Build());

        Assert.Equal(
            [
                new DfgEdge("a", "b", 2, 22.5, 22.5, 15, 30, 45),
                new DfgEdge("b", "c", 1, -5, -5, -5, -5, -5),
            ],
            map.Edges);
        Assert.Equal([50.0, 131.0], map.Variants.Select(v => v.MeanDurationS!.Value).Order());
    }

    [Fact]
    public void A_case_lasts_until_its_latest_end_even_when_a_later_start_ends_sooner()
    {
        var builder = new EventLogBuilder();
        builder.Add("c", "long", Some.Micros(0), duration: 90_000_000);
        builder.Add("c", "short", Some.Micros(10), duration: 5_000_000);

        var variant = Assert.Single(ProcessMaps.Discover(builder.Build()).Variants);

        Assert.Equal(90, variant.MeanDurationS);
    }

    [Fact]
    public void Parallel_discovery_of_interval_events_equals_the_reference_computation()
    {
        var instants = MarkovLogs.Generate(50_000, seed: 11);
        var random = new Random(11);
        var durations = new long[instants.EventCount];
        for (var i = 0; i < durations.Length; i++)
            durations[i] = random.Next(0, 3) == 0 ? 0 : random.Next(1, 120_000_000);
        var log = new EventLog(instants.CaseIds, instants.CaseStarts, instants.ActivityNames, instants.Activities,
            instants.Timestamps, instants.EventRefs, instants.Attributes, durations);

        var parallel = ProcessMaps.Discover(log, new ProcessMapOptions { MaxDegreeOfParallelism = 4 });

        MapAssert.Equal(ReferenceMiner.Discover(log), parallel);
        Assert.NotEqual(ProcessMaps.Discover(instants).Edges[0].SumS, parallel.Edges[0].SumS);
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
