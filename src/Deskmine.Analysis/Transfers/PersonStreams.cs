using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Transfers;

/// <summary>Each person's events in time order: the stream in which a copy, its cell and its paste follow each other.</summary>
internal static class PersonStreams
{
    /// <summary>Event indices per person, ordered by timestamp, then by position in the log.</summary>
    /// <remarks>
    /// Action Logger leaves the user empty on its clipboard rows: such an event belongs to the person of its
    /// instance, else to the person of the previous event of the same session.
    /// </remarks>
    public static IReadOnlyList<int[]> Build(WorkLog log)
    {
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        var byUser = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < log.Events.Count; i++)
        {
            var e = log.Events[i];
            var instance = log.InstanceOfEvent[i];
            var user = instance >= 0 ? log.Instances[instance].User : e.User;
            if (string.IsNullOrEmpty(user))
                user = last.GetValueOrDefault(e.Session) ?? "";
            else
                last[e.Session] = user;
            if (!byUser.TryGetValue(user, out var list))
                byUser[user] = list = [];
            list.Add(i);
        }
        return [.. byUser.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value.OrderBy(i => log.Events[i].Ts ?? long.MinValue).ThenBy(i => i).ToArray())];
    }
}
