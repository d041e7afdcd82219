using Deskmine.Analysis.TimeStudy;

namespace Deskmine.Analysis.Tests.TimeStudy;

public sealed class DurationsTests
{
    [Fact]
    public void Median_and_p90_interpolate_between_closest_ranks()
    {
        var d = Durations.Of([.. new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }.Select(s => s * 1_000_000L)]);

        Assert.Equal(5.5, d.Median, 9);
        Assert.Equal(9.1, d.P90, 9);
        Assert.Equal(55, d.Total, 9);
    }

    [Fact]
    public void No_values_give_zeros()
    {
        Assert.Equal(new Durations(0, 0, 0), Durations.Of([]));
    }
}
