namespace Deskmine.Storage.Formats.Ocel;

/// <summary>A qualified relation: event-to-object (source is an event id) or object-to-object.</summary>
/// <param name="SourceId">The event or object the relation starts from.</param>
/// <param name="TargetId">The object it names.</param>
/// <param name="Qualifier">What the relation means (may be empty).</param>
public sealed record OcelRelation(string SourceId, string TargetId, string Qualifier);
