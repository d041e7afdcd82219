namespace Deskmine.Mining.Recognition;

/// <summary>Builds the task types from clusters: stable keys, names, then the user's rules in order.</summary>
internal static partial class TaskTypeRules
{
    /// <summary>Types for segments given as texts: their action labels, their applications and a step per label.</summary>
    public static (TaskType[] Types, int[] TypeOfSegment) Build(
        int[] cluster, IReadOnlyList<IReadOnlyList<string>> labels, IReadOnlyList<IReadOnlyList<string>> apps,
        IReadOnlyList<TaskTypeRule> rules, IReadOnlyDictionary<string, StepName> steps)
    {
        var labelTable = new List<string>();
        var coded = CodedTexts.Number(labels, labelTable);
        return Build(cluster, coded, CodedTexts.Number(apps, []), rules, LabelSteps.Of(labelTable, steps));
    }

    /// <summary>
    /// Types for segments given as numbers: labels of one table (that <paramref name="steps"/> reads), applications of
    /// another.
    /// </summary>
    public static (TaskType[] Types, int[] TypeOfSegment) Build(
        int[] cluster, IReadOnlyList<CodedTexts> labels, IReadOnlyList<CodedTexts> apps, IReadOnlyList<TaskTypeRule> rules, LabelSteps steps)
    {
        var keyOf = new string[cluster.Length];
        var groups = new List<(string Key, IReadOnlyList<CodedTexts> Segments)>();
        foreach (var g in Enumerable.Range(0, cluster.Length).GroupBy(s => cluster[s]).OrderBy(g => g.Key))
        {
            List<CodedTexts> segments = [.. g.Select(s => labels[s])];
            var key = TaskTypeDiscovery.KeyOf(segments);
            foreach (var s in g)
                keyOf[s] = key;
            groups.Add((key, segments));
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
        var members = new List<CodedTexts>[index.Count];
        for (var t = 0; t < members.Length; t++)
            members[t] = [];
        for (var s = 0; s < typeOf.Length; s++)
            members[typeOf[s]].Add(apps[s]);
        var types = index.OrderBy(p => p.Value).Select(p =>
            new TaskType(p.Value, p.Key, names[p.Key], members[p.Value].Count, TaskTypeNamer.Applications(members[p.Value]))).ToArray();
        return (types, typeOf);
    }

    private static void Apply(TaskTypeRule rule, string[] keyOf, Dictionary<string, string> names, IReadOnlyList<CodedTexts> labels)
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
