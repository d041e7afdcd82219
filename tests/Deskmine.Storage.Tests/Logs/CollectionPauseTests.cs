using System.Runtime;
using Deskmine.Storage.Logs;

namespace Deskmine.Storage.Tests.Logs;

/// <summary>The collector's mode is the whole process's: these tests run alone.</summary>
[CollectionDefinition(nameof(CollectionPauseTests), DisableParallelization = true)]
public sealed class CollectionPauseCollection;

[Collection(nameof(CollectionPauseTests))]
public class CollectionPauseTests
{
    [Fact]
    public void A_moderate_file_is_read_without_collections_until_the_pause_ends()
    {
        Assert.True(CollectionPause.Begin(4 << 20));
        try
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var started = GC.CollectionCount(0);
            var kept = new List<byte[]>();
            for (var i = 0; i < 64; i++)
                kept.Add(new byte[64 << 10]);
            Assert.Equal(4 << 20, kept.Sum(b => b.Length));
            // 4 MiB of allocations (the region holds three times that) and not one collection.
            Assert.Equal(started, GC.CollectionCount(0));
        }
        finally
        {
            CollectionPause.End();
        }
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_large_file_is_read_with_collections_as_usual()
    {
        Assert.False(CollectionPause.Begin(1L << 30));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_second_pause_while_one_holds_is_refused_and_ending_twice_is_harmless()
    {
        Assert.True(CollectionPause.Begin(1 << 20));
        Assert.False(CollectionPause.Begin(1 << 20));
        CollectionPause.End();
        CollectionPause.End();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_pause_that_a_collection_ended_is_ended_without_an_error()
    {
        Assert.True(CollectionPause.Begin(1 << 20));
        GC.Collect();
        CollectionPause.End();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
