using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Standardisation;

/// <summary>The group of each task instance under one attribute.</summary>
internal static class GroupValues
{
    /// <summary>
    /// Per instance, its value of <paramref name="attribute"/>: <c>team</c>, <c>user</c> and <c>machine</c> read the
    /// event fields; any other name reads <see cref="UiEvent.Attrs"/>, first on the instance's own events (the most
    /// frequent value), else on any event of the same person (an attribute recorded once per person).
    /// </summary>
    public static string?[] Of(WorkLog log, string attribute)
    {
        Func<UiEvent, string?> read = attribute switch
        {
            "team" => e => e.Team,
            "user" => e => e.User,
            "machine" => e => e.Machine,
            _ => e => e.Attrs?.GetValueOrDefault(attribute),
        };
        var perUser = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var e in log.Events)
        {
            if (e.User is { } user && read(e) is { Length: > 0 } value)
                Tally(perUser, user, value);
        }
        var result = new string?[log.Instances.Count];
        for (var n = 0; n < log.Instances.Count; n++)
        {
            var instance = log.Instances[n];
            if (attribute == "user")
            {
                result[n] = instance.User;
                continue;
            }
            if (attribute == "team" && !string.IsNullOrEmpty(instance.Team))
            {
                result[n] = instance.Team;
                continue;
            }
            var own = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var i in instance.Events)
            {
                if (read(log.Events[i]) is { Length: > 0 } value)
                    Tally(own, "", value);
            }
            result[n] = Top(own.GetValueOrDefault("")) ?? Top(perUser.GetValueOrDefault(instance.User));
        }
        return result;
    }

    private static void Tally(Dictionary<string, Dictionary<string, int>> counts, string key, string value)
    {
        if (!counts.TryGetValue(key, out var map))
            counts[key] = map = new Dictionary<string, int>(StringComparer.Ordinal);
        map[value] = map.GetValueOrDefault(value) + 1;
    }

    private static string? Top(Dictionary<string, int>? counts) =>
        counts is null || counts.Count == 0
            ? null
            : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
