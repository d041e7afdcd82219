namespace Deskmine.Core;

/// <summary>Conversions between <see cref="DateTimeOffset"/> and the microsecond timestamps of schema v1.</summary>
public static class Timestamps
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>Microseconds since the Unix epoch of <paramref name="value"/> (UTC).</summary>
    public static long ToMicros(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;

    /// <summary>The UTC instant of <paramref name="micros"/> microseconds since the Unix epoch.</summary>
    public static DateTimeOffset FromMicros(long micros) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (micros * TicksPerMicrosecond), TimeSpan.Zero);

    /// <summary>ISO 8601 text of a microsecond timestamp, UTC, e.g. <c>2024-03-01T08:15:02.123456Z</c>.</summary>
    public static string ToIso(long micros) =>
        FromMicros(micros).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
