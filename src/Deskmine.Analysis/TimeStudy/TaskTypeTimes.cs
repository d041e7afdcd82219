namespace Deskmine.Analysis.TimeStudy;

/// <summary>The time study of one task type over the observed period.</summary>
/// <param name="TaskType">Index into <see cref="Work.WorkLog.TaskTypes"/>.</param>
/// <param name="Id">The task type's id.</param>
/// <param name="Name">The task type's name.</param>
/// <param name="Instances">Observed instances.</param>
/// <param name="People">Distinct people who did it.</param>
/// <param name="Handling">Handling time per instance.</param>
/// <param name="Waiting">Waiting time per instance.</param>
/// <param name="InstancesPerPersonPerWeek">Instances ÷ people ÷ observed weeks.</param>
/// <param name="HoursObserved">Handling hours in the observed period.</param>
/// <param name="HoursPerYear">Handling hours extrapolated to a working year.</param>
/// <param name="Fte">Full-time equivalents: hours per year ÷ hours per FTE.</param>
/// <param name="Applications">Share of handling time per application, largest first.</param>
/// <param name="Variants">Variants, most frequent first.</param>
/// <param name="Steps">Steps by name, most frequent first.</param>
public sealed record TaskTypeTimes(
    int TaskType, string Id, string Name, int Instances, int People, Durations Handling, Durations Waiting,
    double InstancesPerPersonPerWeek, double HoursObserved, double HoursPerYear, double Fte,
    IReadOnlyList<ApplicationShare> Applications, IReadOnlyList<VariantTimes> Variants, IReadOnlyList<StepTimes> Steps);
