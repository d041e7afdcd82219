using Deskmine.Core.Errors;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The labelling rules (rename, merge, split task types) of a workspace: a rules file given to a run replaces the
/// kept rules and is kept under <see cref="ResultKey"/>; a run without one applies the kept rules.
/// </summary>
public static class LabellingRules
{
    /// <summary>Result key of the labelling rules applied on every run.</summary>
    public const string ResultKey = "recognition.rules";

    /// <summary>The rules kept in <paramref name="store"/> (empty when none are).</summary>
    /// <exception cref="InputException">The kept rules are not a valid rules document.</exception>
    public static IReadOnlyList<TaskTypeRule> Read(IEventStore store) => Load(store, null);

    /// <summary>Keeps <paramref name="rules"/> in <paramref name="store"/>, replacing the kept ones.</summary>
    public static void Write(IEventStore store, IReadOnlyList<TaskTypeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rules);
        store.PutResult(ResultKey, TaskTypeRuleJson.Serialize(rules));
    }

    /// <summary>The rules to apply: those of <paramref name="file"/> (then kept in the store), else the kept ones.</summary>
    /// <exception cref="InputException">The file is missing or not a valid rules document.</exception>
    public static IReadOnlyList<TaskTypeRule> Load(IEventStore store, string? file)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (file is null)
            return store.GetResult(ResultKey) is { } kept ? TaskTypeRuleJson.Parse(kept, ResultKey) : [];
        if (!File.Exists(file))
            throw new InputException(file, null, null, "no such rules file; expected a JSON array of labelling rules");
        var parsed = TaskTypeRuleJson.Parse(File.ReadAllText(file), file);
        store.PutResult(ResultKey, TaskTypeRuleJson.Serialize(parsed));
        return parsed;
    }
}
