namespace Deskmine.Analysis.Standardisation;

/// <summary>How one group (team, or the value of another attribute) does one task type.</summary>
/// <param name="Group">The attribute's value, e.g. the team's name.</param>
/// <param name="People">Distinct people of the group who did the task (at least k, or the group is not shown).</param>
/// <param name="Instances">Instances the group did.</param>
/// <param name="MedianHandling">Median handling time per instance (<see cref="Work.WorkSteps"/>).</param>
/// <param name="P90Handling">90th percentile of handling time per instance.</param>
/// <param name="ReworkShare">Share (0–1) of its instances with rework (a step done again after another step, a field
/// typed into twice).</param>
/// <param name="Variants">Its most frequent variants, most frequent first.</param>
/// <param name="OwnSteps">Steps this group does and the other shown groups do not.</param>
/// <param name="BestPracticeShare">Share (0–1) of its instances that follow the best-practice variant without rework.</param>
/// <param name="DeviationHoursPerYear">Handling hours a year that the group would save at the best-practice
/// variant's median: (median − best-practice median, when positive) × instances, extrapolated to a year.</param>
public sealed record GroupProfile(
    string Group, int People, int Instances, TimeSpan MedianHandling, TimeSpan P90Handling, double ReworkShare,
    IReadOnlyList<VariantProfile> Variants, IReadOnlyList<string> OwnSteps, double BestPracticeShare,
    double DeviationHoursPerYear);
