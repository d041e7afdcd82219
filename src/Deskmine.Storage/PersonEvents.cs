using Deskmine.Core.Events;

namespace Deskmine.Storage;

/// <summary>One person's events, in the order recognition reads them (time, then stored order).</summary>
/// <param name="Person">The person (pseudonym); empty for events that name none.</param>
/// <param name="Events">The events.</param>
public sealed record PersonEvents(string Person, IReadOnlyList<UiEvent> Events);
