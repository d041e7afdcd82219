using Deskmine.Core.Events;

namespace Deskmine.Mining.Evaluation.Benchmarks;

/// <summary>
/// A mixed UI log with its truth: index <c>i</c> of every list describes event <c>i</c>. Events are in time
/// order on one timeline and carry no trace of their origin beyond what a recorder would see.
/// </summary>
/// <param name="Events">The events, in time order.</param>
/// <param name="TrueInstance">True task instance per event (<c>type#instance</c>).</param>
/// <param name="TrueType">True task type per event.</param>
/// <param name="SuspendedInstances">Instances that were interrupted by another whole instance and then resumed.</param>
public sealed record MixedLog(
    IReadOnlyList<UiEvent> Events, IReadOnlyList<string> TrueInstance, IReadOnlyList<string> TrueType,
    IReadOnlyList<string> SuspendedInstances);
