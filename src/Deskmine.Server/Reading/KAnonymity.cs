using Deskmine.Core.Logs;

namespace Deskmine.Server.Reading;

/// <summary>Counting people in an answer, so that groups smaller than k are folded or withheld.</summary>
internal static class KAnonymity
{
    /// <summary>Distinct non-empty values of <c>user</c> among the events of <paramref name="log"/>.</summary>
    public static int People(EventLog log) => Distinct(log, "user").Count;

    /// <summary>Per value of <paramref name="attribute"/>: the distinct people whose events carry it.</summary>
    public static Dictionary<string, int> PeoplePer(EventLog log, string attribute)
    {
        if (!log.Attributes.TryGetValue(attribute, out var groups) || !log.Attributes.TryGetValue("user", out var users))
            return [];
        var sets = new Dictionary<int, HashSet<int>>();
        for (var i = 0; i < groups.Codes.Length; i++)
        {
            if (groups.Codes[i] < 0 || users.Codes[i] < 0)
                continue;
            if (!sets.TryGetValue(groups.Codes[i], out var set))
                sets[groups.Codes[i]] = set = [];
            set.Add(users.Codes[i]);
        }
        return sets.ToDictionary(p => groups.Names[p.Key], p => p.Value.Count, StringComparer.Ordinal);
    }

    private static HashSet<int> Distinct(EventLog log, string attribute)
    {
        var set = new HashSet<int>();
        if (log.Attributes.TryGetValue(attribute, out var column))
        {
            foreach (var code in column.Codes)
            {
                if (code >= 0)
                    set.Add(code);
            }
        }
        return set;
    }
}
