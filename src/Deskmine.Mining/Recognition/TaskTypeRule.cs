namespace Deskmine.Mining.Recognition;

/// <summary>
/// A user's correction of discovered task types; a list of them is kept (e.g. as JSON) and applied, in order,
/// to every later recognition. Types are referred to by their stable <see cref="TaskType.Key"/> or their name.
/// </summary>
/// <param name="Kind">Rename, merge or split.</param>
/// <param name="Types">The keys or names of the types it applies to (one for rename and split, several for merge).</param>
/// <param name="Name">The resulting type's name (for a split by <see cref="By"/>, unused: each part is named from its steps).</param>
/// <param name="WhenActionContains">For split: segments with an action label containing this text move to the new type.</param>
/// <param name="By">
/// For split, instead of <paramref name="WhenActionContains"/>: the type's instances are divided by this attribute; each
/// value with at least two instances and 5 % of the type becomes a type of its own, the most frequent value keeps the
/// type's key and name, and rarer values stay with it.
/// </param>
public sealed record TaskTypeRule(
    TaskTypeRuleKind Kind, IReadOnlyList<string> Types, string Name, string? WhenActionContains = null, TaskTypeSplitBy? By = null);
