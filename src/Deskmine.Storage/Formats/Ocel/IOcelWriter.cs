namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// Writes an OCEL 2.0 log piece by piece, so that a large log never has to be held whole: <see cref="Begin"/> with
/// the types, then every object, then every event, then <see cref="End"/>. Create one with <see cref="OcelWriters.Create"/>.
/// </summary>
public interface IOcelWriter : IDisposable
{
    /// <summary>Declares the event and object types (with their attributes); call once, first.</summary>
    void Begin(IReadOnlyList<OcelType> eventTypes, IReadOnlyList<OcelType> objectTypes);

    /// <summary>Writes an object with its timed attribute changes and its relations to other objects.</summary>
    void Object(OcelObject obj, IReadOnlyList<OcelChange> changes, IReadOnlyList<OcelRelation> objects);

    /// <summary>Writes an event with its relations to objects; call after the last object.</summary>
    void Event(OcelEvent e, IReadOnlyList<OcelRelation> objects);

    /// <summary>Completes the file.</summary>
    void End();
}
