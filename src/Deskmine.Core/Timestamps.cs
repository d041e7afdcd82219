namespace Deskmine.Core;

/// <summary>Conversions between <see cref="DateTimeOffset"/> and the microsecond timestamps of schema v1.</summary>
public static class Timestamps
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>Earliest timestamp a <see cref="DateTimeOffset"/> can hold: 0001-01-01T00:00:00Z.</summary>
    public const long MinMicros = -62_135_596_800_000_000;

    /// <summary>Latest timestamp a <see cref="DateTimeOffset"/> can hold: 9999-12-31T23:59:59.999999Z.</summary>
    public const long MaxMicros = 253_402_300_799_999_999;

    /// <summary>Whether <paramref name="micros"/> lies in years 1 to 9999 (UTC), so every conversion of it works.</summary>
    public static bool IsInRange(long micros) => micros is >= MinMicros and <= MaxMicros;

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
