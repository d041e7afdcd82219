using System.Globalization;

namespace Deskmine.Cli.Terminal;

/// <summary>Short human durations: 42s, 5m 3s, 2h 5m, 3d 4h.</summary>
internal static class Durations
{
    public static string Format(double? seconds)
    {
        if (seconds is not { } s || double.IsNaN(s))
            return "-";
        var inv = CultureInfo.InvariantCulture;
        if (s < 1)
            return s.ToString("0.###", inv) + "s";
        var t = TimeSpan.FromSeconds(s);
        if (t.TotalMinutes < 1)
            return string.Create(inv, $"{t.Seconds}s");
        if (t.TotalHours < 1)
            return string.Create(inv, $"{t.Minutes}m {t.Seconds}s");
        if (t.TotalDays < 1)
            return string.Create(inv, $"{t.Hours}h {t.Minutes}m");
        return string.Create(inv, $"{(int)t.TotalDays}d {t.Hours}h");
    }
}
