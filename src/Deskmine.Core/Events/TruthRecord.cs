namespace Deskmine.Core.Events;

/// <summary>Ground truth for one event: which task type, task instance and step it belongs to.</summary>
/// <param name="EventId">The <see cref="UiEvent.Id"/> it describes.</param>
/// <param name="TaskType">Name of the task type (e.g. "Invoice processing"); empty for noise.</param>
/// <param name="TaskInstance">Id of the task instance (a true segment); empty for noise.</param>
/// <param name="Step">Name of the step inside the task.</param>
public sealed record TruthRecord(Guid EventId, string TaskType, string TaskInstance, string Step);
