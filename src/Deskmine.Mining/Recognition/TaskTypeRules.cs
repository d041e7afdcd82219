namespace Deskmine.Mining.Recognition;

/// <summary>Builds the task types from clusters: stable keys, names, then the user's rules in order.</summary>
internal static partial class TaskTypeRules
{
    public static (TaskType[] Types, int[] TypeOfSegment) Build(
        int[] cluster, IReadOnlyList<IReadOnlyList<string>> labels, IReadOnlyList<IReadOnlyList<string>> apps,
        IReadOnlyList<TaskTypeRule> rules, IReadOnlyDictionary<string, StepName> steps)
    {
        var keyOf = new string[cluster.Length];
        var groups = new List<(string Key, IReadOnlyList<IReadOnlyList<string>> Segments)>();
        foreach (var g in Enumerable.Range(0, cluster.Length).GroupBy(s => cluster[s]).OrderBy(g => g.Key))
        {
            var key = TaskTypeDiscovery.KeyOf(g.Select(s => labels[s]));
            foreach (var s in g)
                keyOf[s] = key;
            groups.Add((key, [.. g.Select(s => labels[s])]));
        }
        var names = TaskTypeNamer.NameAll(groups, steps);
        foreach (var rule in rules)
        {
            if (rule is { Kind: TaskTypeRuleKind.Split, By: { } by })
                SplitBy(rule, by, keyOf, names, labels, apps, steps);
            else
                Apply(rule, keyOf, names, labels);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var typeOf = new int[cluster.Length];
        for (var s = 0; s < keyOf.Length; s++)
        {
            if (!index.TryGetValue(keyOf[s], out var t))
                index[keyOf[s]] = t = index.Count;
            typeOf[s] = t;
        }
        var types = index.OrderBy(p => p.Value).Select(p =>
        {
            var members = Enumerable.Range(0, cluster.Length).Where(s => typeOf[s] == p.Value).ToList();
            var appsInOrder = TaskTypeNamer.Applications([.. members.Select(s => apps[s])]);
            return new TaskType(p.Value, p.Key, names[p.Key], members.Count, appsInOrder);
        }).ToArray();
        return (types, typeOf);
    }

    private static void Apply(TaskTypeRule rule, string[] keyOf, Dictionary<string, string> names, IReadOnlyList<IReadOnlyList<string>> labels)
    {
        var matched = names.Where(p => rule.Types.Contains(p.Key) || rule.Types.Contains(p.Value))
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (matched.Count == 0)
            return;
        switch (rule.Kind)
        {
            case TaskTypeRuleKind.Rename:
                foreach (var k in matched)
                    names[k] = rule.Name;
                break;
            case TaskTypeRuleKind.Merge:
                var target = matched[0];
                for (var s = 0; s < keyOf.Length; s++)
                    if (matched.Contains(keyOf[s]))
                        keyOf[s] = target;
                foreach (var k in matched.Skip(1))
                    names.Remove(k);
                names[target] = rule.Name;
                break;
            case TaskTypeRuleKind.Split when !string.IsNullOrEmpty(rule.WhenActionContains):
                var newKey = matched[0] + "/" + rule.Name;
                var moved = false;
                for (var s = 0; s < keyOf.Length; s++)
                {
                    if (keyOf[s] == matched[0] && labels[s].Any(l => l.Contains(rule.WhenActionContains, StringComparison.Ordinal)))
                    {
                        keyOf[s] = newKey;
                        moved = true;
                    }
                }
                if (moved)
                    names[newKey] = rule.Name;
                break;
            default:
                break;
        }
    }
}
