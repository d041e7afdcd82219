using System.Globalization;
using Deskmine.Privacy;

namespace Deskmine.Cli.Commands;

/// <summary>What a privacy filter did, as one line: counts only, never content.</summary>
internal static class PrivacyText
{
    public static string Summary(PrivacyStats stats)
    {
        var dropped = Enum.GetValues<DropReason>()
            .Where(r => stats.DroppedFor(r) > 0)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{stats.DroppedFor(r):N0} {r}"));
        var detections = stats.Detections.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Value:N0} {d.Key}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"privacy filter: kept {stats.Kept:N0}, dropped {stats.Dropped:N0}{Paren(dropped)}; redacted {stats.Detections.Values.Sum():N0} spans{Paren(detections)}");
    }

    private static string Paren(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 ? "" : $" ({string.Join(", ", list)})";
    }
}
