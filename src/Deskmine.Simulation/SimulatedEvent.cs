using Deskmine.Core.Events;

namespace Deskmine.Simulation;

/// <summary>One simulated desktop event together with its ground truth.</summary>
/// <param name="Event">The event as a schema v1 recorder would produce it (<see cref="UiEvent.Source"/> is <c>sim</c>).</param>
/// <param name="Truth">Task type, task instance and step of the event; empty type and instance for noise and interruptions.</param>
public sealed record SimulatedEvent(UiEvent Event, TruthRecord Truth);
