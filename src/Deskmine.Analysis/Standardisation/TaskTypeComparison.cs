namespace Deskmine.Analysis.Standardisation;

/// <summary>The groups compared on one task type.</summary>
/// <param name="TaskType">Index into <see cref="Work.WorkLog.TaskTypes"/>.</param>
/// <param name="Name">The task type's name.</param>
/// <param name="Groups">The groups with at least k people, fastest median handling first.</param>
/// <param name="SuppressedGroups">Groups not shown because fewer than k distinct people did the task in them.</param>
/// <param name="UngroupedInstances">Instances whose events carry no value of the attribute.</param>
/// <param name="BestPractice">The fastest variant (median handling of its instances without rework) done without
/// rework by at least k people, or <c>null</c> when no variant qualifies.</param>
/// <param name="BestPracticeGroup">The shown group that follows the best practice in the largest share of its
/// instances, or <c>null</c>.</param>
public sealed record TaskTypeComparison(
    int TaskType, string Name, IReadOnlyList<GroupProfile> Groups, int SuppressedGroups, int UngroupedInstances,
    VariantProfile? BestPractice, string? BestPracticeGroup);
