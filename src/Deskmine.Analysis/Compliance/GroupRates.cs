using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance;

/// <summary>Violation rates per group of cases (per team by default).</summary>
internal static class GroupRates
{
    /// <summary>
    /// Per group: its cases, those violating any rule, and per rule those violating it. Cases without a group value
    /// are left out; largest group first, then by name.
    /// </summary>
    public static IReadOnlyList<GroupRate> Compute(EventLog log, CaseView view, IReadOnlyList<(string Rule, bool[] Cases)> violatedBy)
    {
        if (!view.HasGroups)
            return [];
        var groups = new Dictionary<string, (int Cases, int Violating, Dictionary<string, int> ByRule)>(StringComparer.Ordinal);
        for (var c = 0; c < log.CaseCount; c++)
        {
            if (view.GroupOf(c) is not { } g)
                continue;
            if (!groups.TryGetValue(g, out var entry))
                entry = (0, 0, violatedBy.ToDictionary(v => v.Rule, _ => 0, StringComparer.Ordinal));
            var any = false;
            foreach (var (rule, cases) in violatedBy)
            {
                if (!cases[c])
                    continue;
                entry.ByRule[rule]++;
                any = true;
            }
            groups[g] = (entry.Cases + 1, entry.Violating + (any ? 1 : 0), entry.ByRule);
        }
        return [.. groups
            .OrderByDescending(p => p.Value.Cases)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new GroupRate(p.Key, p.Value.Cases, p.Value.Violating, p.Value.ByRule))];
    }
}
