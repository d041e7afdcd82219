using System.Globalization;

namespace Deskmine.Reporting;

/// <summary>
/// Short human durations (<c>450ms</c>, <c>4.2s</c>, <c>42s</c>, <c>5m 3s</c>, <c>2h 5m</c>, <c>3d 4h</c>).
/// The page script formats edge labels with the same rules (<c>fmtDuration</c> in report.js); keep them in step.
/// </summary>
internal static class DurationText
{
    /// <summary>Text used where a time is unknown.</summary>
    public const string Unknown = "–";

    public static string Format(double? seconds)
    {
        if (seconds is not { } s || double.IsNaN(s) || double.IsInfinity(s) || s < 0)
        {
            return Unknown;
        }

        var inv = CultureInfo.InvariantCulture;
        if (s < 1)
        {
            return string.Create(inv, $"{Math.Round(s * 1000, MidpointRounding.AwayFromZero):0}ms");
        }

        if (s < 10)
        {
            return string.Create(inv, $"{Math.Round(s, 1, MidpointRounding.AwayFromZero):0.0}s");
        }

        var r = (long)Math.Round(s, MidpointRounding.AwayFromZero);
        if (r < 60)
        {
            return string.Create(inv, $"{r}s");
        }

        if (r < 3600)
        {
            return Pair(r / 60, "m", r % 60, "s");
        }

        if (r < 86_400)
        {
            var minutes = (long)Math.Round(r / 60.0, MidpointRounding.AwayFromZero);
            return Pair(minutes / 60, "h", minutes % 60, "m");
        }

        var hours = (long)Math.Round(r / 3600.0, MidpointRounding.AwayFromZero);
        return Pair(hours / 24, "d", hours % 24, "h");
    }

    private static string Pair(long major, string majorUnit, long minor, string minorUnit) =>
        minor == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{major}{majorUnit}")
            : string.Create(CultureInfo.InvariantCulture, $"{major}{majorUnit} {minor}{minorUnit}");
}
