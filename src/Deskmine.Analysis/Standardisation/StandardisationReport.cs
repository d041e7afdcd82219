namespace Deskmine.Analysis.Standardisation;

/// <summary>How groups differ in doing the same tasks; see <see cref="Standardisation.Compare"/>.</summary>
/// <param name="Attribute">The attribute that formed the groups (<c>team</c>, <c>user</c> or an event attribute).</param>
/// <param name="ObservedDays">Working days observed: distinct UTC dates with events.</param>
/// <param name="WorkingDaysPerYear">Days a year the yearly figures extrapolate to.</param>
/// <param name="TaskTypes">One comparison per task type that has instances, in task-type order.</param>
public sealed record StandardisationReport(
    string Attribute, int ObservedDays, double WorkingDaysPerYear, IReadOnlyList<TaskTypeComparison> TaskTypes);
