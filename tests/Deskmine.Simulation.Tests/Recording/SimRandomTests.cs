using Deskmine.Simulation.Recording;

namespace Deskmine.Simulation.Tests.Recording;

public class SimRandomTests
{
    [Fact]
    public void Same_seed_gives_the_same_stream_and_derived_seeds_differ()
    {
        var a = new SimRandom(5);
        var b = new SimRandom(5);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(SimRandom.Derive(1, 2, 3), SimRandom.Derive(1, 3, 2));
    }

    [Fact]
    public void Draws_stay_in_range_and_log_normal_has_the_requested_median()
    {
        var random = new SimRandom(11);
        var samples = Enumerable.Range(0, 20_000).Select(_ => random.LogNormal(10, 0.5)).Order().ToList();

        Assert.InRange(samples[samples.Count / 2], 9.5, 10.5);
        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.Next(3, 7)), v => Assert.InRange(v, 3, 6));
        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.NextDouble()), v => Assert.InRange(v, 0.0, 0.9999999999));
        Assert.Equal(12, random.Text(12).Length);
    }

    [Fact]
    public void Uuid_v7_has_version_variant_and_millisecond_time()
    {
        var id = UuidV7.Create(1_709_539_205_123_456, new SimRandom(1));
        var bytes = id.ToByteArray(bigEndian: true);

        Assert.Equal(7, id.Version);
        Assert.Equal(0x80, bytes[8] & 0xC0);
        Assert.StartsWith("018e087a2003", id.ToString("N"), StringComparison.Ordinal);
    }
}
