using Deskmine.Core.Events;

namespace Deskmine.Simulation;

/// <summary>One simulated desktop event together with its ground truth.</summary>
/// <param name="Event">The event as a schema v1 recorder would produce it (<see cref="UiEvent.Source"/> is <c>sim</c>).</param>
/// <param name="Truth">Task type, task instance and step of the event; empty type and instance for noise and interruptions.</param>
/// <param name="Violation">
/// The compliance violation injected into this event's task instance (see <see cref="SimulationOptions.ViolationRate"/>
/// and <see cref="Violations"/>), set on the events recorded from the moment the instance skipped its control; <c>null</c>
/// otherwise.
/// </param>
public sealed record SimulatedEvent(UiEvent Event, TruthRecord Truth, string? Violation = null);
