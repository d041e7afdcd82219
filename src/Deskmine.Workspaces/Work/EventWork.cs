namespace Deskmine.Workspaces.Work;

/// <summary>What a source (a recognition run, the truth table) says about one event.</summary>
/// <param name="Instance">Task instance id, or <c>null</c> for an event of no task.</param>
/// <param name="TaskType">Task type id of the instance, or <c>null</c>.</param>
/// <param name="Step">Step name, or <c>null</c>.</param>
/// <param name="CaseId">Business object of the instance, or <c>null</c>.</param>
internal readonly record struct EventWork(string? Instance, string? TaskType, string? Step, string? CaseId);
