using System.Globalization;

namespace Deskmine.Analysis.Automation;

/// <summary>Short durations for the generated documents (<c>850 ms</c>, <c>4.2 s</c>, <c>3 min 5 s</c>).</summary>
internal static class Durations
{
    public static string Format(long micros)
    {
        var s = micros / 1e6;
        if (s < 1)
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Round(s * 1000):0} ms");
        if (s < 60)
            return string.Create(CultureInfo.InvariantCulture, $"{s:0.0} s");
        var total = (long)Math.Round(s);
        return string.Create(CultureInfo.InvariantCulture, $"{total / 60} min {total % 60} s");
    }
}
