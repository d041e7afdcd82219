using Deskmine.Mining.Recognition;

namespace Deskmine.Workspaces.Recognition;

/// <summary>What a rename, merge or split of task types did.</summary>
/// <param name="Rule">The rule added to the workspace's labelling rules (applied again on every later run).</param>
/// <param name="Changed">The task types the rule produced or renamed, as the new run lists them.</param>
/// <param name="Types">Every task type after the change, as <see cref="TaskTypeLabelling.List"/> lists them.</param>
public sealed record LabellingResult(TaskTypeRule Rule, IReadOnlyList<TaskTypeSummary> Changed, IReadOnlyList<TaskTypeSummary> Types);
