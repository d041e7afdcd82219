namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// An OCEL 2.0 object-centric event log as read from a file (<see cref="OcelReader"/>): types, events, objects,
/// event-to-object and object-to-object relations and object attribute changes. Every relation names known events
/// and objects (checked while reading).
/// </summary>
public sealed record OcelLog
{
    /// <summary>Event types with their attributes.</summary>
    public required IReadOnlyList<OcelType> EventTypes { get; init; }

    /// <summary>Object types with their attributes.</summary>
    public required IReadOnlyList<OcelType> ObjectTypes { get; init; }

    /// <summary>Events in file order.</summary>
    public required IReadOnlyList<OcelEvent> Events { get; init; }

    /// <summary>Objects in file order.</summary>
    public required IReadOnlyList<OcelObject> Objects { get; init; }

    /// <summary>Event-to-object relations (source: event id).</summary>
    public required IReadOnlyList<OcelRelation> EventObjects { get; init; }

    /// <summary>Object-to-object relations.</summary>
    public required IReadOnlyList<OcelRelation> ObjectObjects { get; init; }

    /// <summary>Timed object attribute values (initial values are in <see cref="OcelObject.Attributes"/>).</summary>
    public required IReadOnlyList<OcelChange> Changes { get; init; }
}
