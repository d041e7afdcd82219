using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Tests.Work;

public sealed class ObservedPeriodTests
{
    [Fact]
    public void Days_are_distinct_utc_dates_with_events()
    {
        var log = Some.Log(
            ("u01", "A", 0, [(Some.Event(0), "A"), (Some.Event(3600), "B")]),
            ("u02", "A", 0, [(Some.Event(86_400 * 2), "A")]));

        var period = ObservedPeriod.Of(log);

        Assert.Equal(2, period.Days);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 8, 0, 0, TimeSpan.Zero), period.To);
    }

    [Fact]
    public void A_quantity_is_extrapolated_per_observed_day_to_a_year()
    {
        var period = new ObservedPeriod(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 4);

        Assert.Equal(10.0 / 4 * 220, period.PerYear(10, 220), 9);
        Assert.Equal(0.8, period.Weeks(5), 9);
    }

    [Fact]
    public void An_empty_log_has_no_days_and_extrapolates_to_zero()
    {
        var period = ObservedPeriod.Of(Some.Log());

        Assert.Equal(0, period.Days);
        Assert.Equal(0, period.PerYear(10, 220));
    }
}
