using System.Security.Cryptography;
using System.Text;

namespace Deskmine.Mining.Recognition;

/// <summary>Splitting a task type by an attribute of its instances (<see cref="TaskTypeRule.By"/>).</summary>
internal static partial class TaskTypeRules
{
    // A value becomes a type of its own only with this share of the type's instances (and two of them): a split
    // by first step should not turn every stray start into a one-instance type.
    private const double MinPartShare = 0.05;

    private static void SplitBy(
        TaskTypeRule rule, TaskTypeSplitBy by, string[] keyOf, Dictionary<string, string> names,
        IReadOnlyList<CodedTexts> labels, IReadOnlyList<CodedTexts> apps, LabelSteps steps)
    {
        var key = names.Where(p => rule.Types.Contains(p.Key) || rule.Types.Contains(p.Value))
            .Select(p => p.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        if (key is null)
            return;
        var members = Enumerable.Range(0, keyOf.Length).Where(s => keyOf[s] == key).ToList();
        var parts = members.GroupBy(s => ValueOf(by, labels[s], apps[s]), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var minimum = Math.Max(2, (int)Math.Ceiling(MinPartShare * members.Count));
        // The most frequent value keeps the type (its key, its name, the rules that name it); rare values stay with it.
        foreach (var part in parts.Skip(1).Where(g => g.Count() >= minimum))
        {
            var partKey = key + "/" + Hash(by + "\n" + part.Key);
            foreach (var s in part)
                keyOf[s] = partKey;
            names[partKey] = PartName(partKey, [.. part.Select(s => labels[s])], Readable(by, part.Key, labels[part.First()], steps), names, steps);
        }
    }

    private static string ValueOf(TaskTypeSplitBy by, IReadOnlyList<string> labels, IReadOnlyList<string> apps) => by switch
    {
        TaskTypeSplitBy.FirstStep => labels.Count > 0 ? labels[0] : "",
        // The application most of the instance's actions happen in; ties go to the one visited first.
        _ => apps.Where(a => a.Length > 0).Select((a, i) => (a, i)).GroupBy(x => x.a, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i)).Select(g => g.Key).FirstOrDefault() ?? "",
    };

    // What the part's value reads as; `labels` are those of one of its instances.
    private static string Readable(TaskTypeSplitBy by, string value, CodedTexts labels, LabelSteps steps) => by switch
    {
        TaskTypeSplitBy.FirstStep => steps.StepOf(labels.Codes[0]) is var step and >= 0 ? steps.Texts[step] : "",
        _ => ReadableText.App(value),
    };

    // A part is named from its own steps like any type; where that name is taken, the value that set it apart is added.
    private static string PartName(
        string partKey, IReadOnlyList<CodedTexts> segments, string value, Dictionary<string, string> names, LabelSteps steps)
    {
        var name = TaskTypeNamer.NameAll([(partKey, segments)], steps)[partKey];
        if (!names.ContainsValue(name))
            return name;
        var suffix = value.Length > 0 ? " (" + ReadableText.Fit(value, StepName.MaxLength / 2) + ")" : "";
        var candidate = ReadableText.Fit(name, StepName.MaxLength - suffix.Length) + suffix;
        for (var letter = 'A'; names.ContainsValue(candidate) && letter <= 'Z'; letter++)
        {
            var variant = " (variant " + letter + ")";
            candidate = ReadableText.Fit(name, StepName.MaxLength - variant.Length) + variant;
        }
        return candidate;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
