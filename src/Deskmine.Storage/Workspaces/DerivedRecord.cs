namespace Deskmine.Storage.Workspaces;

/// <summary>
/// A derived result for one event of one analysis run: its segment, task type, case and action label. Stored
/// beside the events, never inside them.
/// </summary>
/// <param name="EventId">The <see cref="Core.Events.UiEvent.Id"/> it describes.</param>
/// <param name="Segment">Segment (task instance) the run assigned, or <c>null</c>.</param>
/// <param name="TaskType">Task type the run recognised, or <c>null</c>.</param>
/// <param name="CaseId">Case id the run assigned, or <c>null</c>.</param>
/// <param name="Label">Action label, or <c>null</c>.</param>
public sealed record DerivedRecord(Guid EventId, string? Segment, string? TaskType, string? CaseId, string? Label);
