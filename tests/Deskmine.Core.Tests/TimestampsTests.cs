namespace Deskmine.Core.Tests;

public sealed class TimestampsTests
{
    [Fact]
    public void Converts_offsets_to_utc_microseconds()
    {
        var local = new DateTimeOffset(2010, 12, 30, 14, 32, 0, TimeSpan.FromHours(1));

        var micros = Timestamps.ToMicros(local);

        Assert.Equal("2010-12-30T13:32:00.000000Z", Timestamps.ToIso(micros));
    }

    [Fact]
    public void Round_trips_microsecond_precision()
    {
        var value = new DateTimeOffset(2024, 3, 4, 8, 15, 2, TimeSpan.Zero).AddTicks(1_234_560);

        Assert.Equal(value, Timestamps.FromMicros(Timestamps.ToMicros(value)));
    }

    [Fact]
    public void Epoch_is_zero()
    {
        Assert.Equal(0, Timestamps.ToMicros(DateTimeOffset.UnixEpoch));
    }
}
