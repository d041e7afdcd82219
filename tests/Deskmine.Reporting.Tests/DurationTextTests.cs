namespace Deskmine.Reporting.Tests;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(0.4567, "457ms")]
    [InlineData(4.24, "4.2s")]
    [InlineData(42.4, "42s")]
    [InlineData(59.6, "1m")]
    [InlineData(303, "5m 3s")]
    [InlineData(7500, "2h 5m")]
    [InlineData(7200, "2h")]
    [InlineData(273_600, "3d 4h")]
    public void Formats_durations_the_way_the_page_script_does(double seconds, string expected) =>
        Assert.Equal(expected, DurationText.Format(seconds));

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    public void Unknown_or_invalid_durations_show_a_dash(double? seconds) =>
        Assert.Equal("–", DurationText.Format(seconds));
}
