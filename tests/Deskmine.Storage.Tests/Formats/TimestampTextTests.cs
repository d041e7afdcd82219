using System.Globalization;
using Deskmine.Core;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class TimestampTextTests
{
    [Theory]
    [InlineData("2019-10-21T00:10:08.994Z", "2019-10-21T00:10:08.994+00:00")]
    [InlineData("2010-12-30T14:32:00.000+01:00", "2010-12-30T14:32:00+01:00")]
    [InlineData("2011-10-11 13:45:40.276000+02:00", "2011-10-11T13:45:40.276+02:00")]
    [InlineData("2023-12-25 20:32:41", "2023-12-25T20:32:41+00:00")]
    [InlineData("2023-12-25T20:32", "2023-12-25T20:32:00+00:00")]
    [InlineData("2005-03-23", "2005-03-23T00:00:00+00:00")]
    [InlineData("2019/11/03 01:11:19.000", "2019-11-03T01:11:19+00:00")]
    [InlineData("2020-02-29T23:59:59.1234567-0530", "2020-02-29T23:59:59.1234567-05:30")]
    [InlineData("1965-06-01T10:00:00+02", "1965-06-01T10:00:00+02:00")]
    public void Parses_iso_and_space_separated_times_to_utc_micros(string text, string expected)
    {
        Assert.True(TimestampText.TryParse(text, out var micros));
        Assert.Equal(Timestamps.ToMicros(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture)), micros);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2019-13-01T00:00:00Z")]
    [InlineData("2019-02-30 00:00:00")]
    [InlineData("2019-10-21T25:00:00Z")]
    [InlineData("2019-10-21T10:00:00+0")]
    [InlineData("21.10.2019 10:00")]
    [InlineData("2019-10-21T10:00:00.Z")]
    public void Rejects_text_that_is_not_a_timestamp(string text) =>
        Assert.False(TimestampText.TryParse(text, out _));

    [Fact]
    public void An_explicit_format_reads_other_layouts_as_utc()
    {
        Assert.True(TimestampText.TryParse("21.10.2019 10:00", "dd.MM.yyyy HH:mm", localClock: false, out var micros));
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2019, 10, 21, 10, 0, 0, TimeSpan.Zero)), micros);
    }

    [Theory]
    [InlineData("2011-10-11T13:45:40.276+02:00")]
    [InlineData("2011-10-11 13:45:40.276000+0200")]
    [InlineData("2011-10-11T13:45:40.276-05")]
    [InlineData("2011-10-11T13:45:40.276Z")]
    [InlineData("2011-10-11T13:45:40.276")]
    public void The_local_clock_keeps_the_reading_and_drops_the_offset(string text)
    {
        Assert.True(TimestampText.TryParse(text, localClock: true, out var micros));
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2011, 10, 11, 13, 45, 40, 276, TimeSpan.Zero)), micros);
    }

    [Theory]
    [InlineData("2019-10-21T10:00:00+0")]
    [InlineData("2019-10-21T10:00:00+15:00")]
    public void The_local_clock_still_rejects_a_malformed_offset(string text) =>
        Assert.False(TimestampText.TryParse(text, localClock: true, out _));

    [Fact]
    public void An_explicit_format_with_an_offset_keeps_the_clock_reading_on_request()
    {
        const string Format = "dd.MM.yyyy HH:mm zzz";
        Assert.True(TimestampText.TryParse("21.10.2019 10:00 +02:00", Format, localClock: true, out var local));
        Assert.True(TimestampText.TryParse("21.10.2019 10:00 +02:00", Format, localClock: false, out var utc));
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2019, 10, 21, 10, 0, 0, TimeSpan.Zero)), local);
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2019, 10, 21, 8, 0, 0, TimeSpan.Zero)), utc);
    }

    [Theory]
    [InlineData("2023-12-25 20:32:41")]
    [InlineData("2023-12-25T20:32:41")]
    [InlineData("2023-12-25t20:32:41z")]
    [InlineData("2019/11/03 01:11:19.000")]
    [InlineData("2019-10-21T00:10:08.994Z")]
    [InlineData("2023-12-25 20:32:41,5")]
    [InlineData("2020-02-29T23:59:59.123456789")]
    [InlineData("9999-12-31 23:59:59.9999999Z")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("2011-10-11 13:45:40.276000+02:00")]
    [InlineData("2023-12-25T20:32")]
    [InlineData("2005-03-23")]
    [InlineData(" 2023-12-25 20:32:41 ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0000-01-01 00:00:00")]
    [InlineData("2023-02-29 10:00:00")]
    [InlineData("2023-12-25 24:00:00")]
    [InlineData("2023-12-25 20:60:00")]
    [InlineData("2023-1a-25 20:32:41")]
    [InlineData("2023/12-25 20:32:41")]
    [InlineData("2023-12-25 20:32:41.")]
    [InlineData("2023-12-25 20:32:41Zx")]
    [InlineData("2023-12-25_20:32:41")]
    [InlineData("yesterday")]
    public void Bytes_read_as_the_text_reads(string text)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("UTC+3", TimeSpan.FromHours(3), "UTC+3", "UTC+3");
        foreach (var parser in new[] { new TimestampParser([], null, false), new TimestampParser([], null, true), new TimestampParser([], zone, false) })
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(text);
            var fromBytes = parser.TryParse(bytes, new char[64], out var micros);
            if (string.IsNullOrWhiteSpace(text))
            {
                Assert.True(fromBytes);
                Assert.Null(micros);
                continue;
            }
            var fromText = parser.TryParse(text, out var expected);
            Assert.Equal(fromText, fromBytes);
            if (fromText)
                Assert.Equal(expected, micros);
        }
    }
    [Fact]
    public void The_common_layout_is_read_from_its_bytes_for_every_date_and_clock_reading()
    {
        // The byte path must take every valid value itself, not leave some to the text path (same result, far slower).
        var refused = new List<string>();
        for (var day = new DateTime(2024, 1, 1); day.Year == 2024; day = day.AddDays(1))
            Check(day.ToString("yyyy-MM-dd 13:45:07", System.Globalization.CultureInfo.InvariantCulture));
        for (var year = 1; year <= 9999; year += 37)
            Check($"{year:D4}-06-15 00:00:00");
        for (var second = 0; second < 24 * 3600; second += 61)
            Check($"2023-12-25 {second / 3600:D2}:{second / 60 % 60:D2}:{second % 60:D2}");
        for (var minute = 0; minute < 60; minute++)
            Check($"2023-12-25 09:{minute:D2}:{59 - minute:D2}");
        Assert.Empty(refused);

        void Check(string text)
        {
            if (!TimestampText.TryParseCommon(System.Text.Encoding.ASCII.GetBytes(text), out var micros, out var utc) || utc)
            {
                refused.Add(text);
                return;
            }
            Assert.True(TimestampText.TryParse(text, out var expected));
            Assert.Equal(expected, micros);
        }
    }

    [Theory]
    [InlineData("2023-12-25 20:3/:41")]
    [InlineData("2023-12-25 20:32::1")]
    [InlineData("2023-12-2: 20:32:41")]
    [InlineData("2023-1;-25 20:32:41")]
    [InlineData("/023-12-25 20:32:41")]
    [InlineData("2023-12-25 20:32:4 ")]
    public void The_byte_path_refuses_a_non_digit_beside_a_digit(string text) =>
        Assert.False(TimestampText.TryParseCommon(System.Text.Encoding.ASCII.GetBytes(text), out _, out _));
}
