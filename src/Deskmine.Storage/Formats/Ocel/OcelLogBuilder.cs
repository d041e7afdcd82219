using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// Collects what a reader finds and checks the log's integrity before anything is stored: unique event and object
/// ids, relations naming known events and objects. Types used but not declared are declared with no attributes
/// (the standard asks for the declaration; files in the wild sometimes omit it).
/// </summary>
internal sealed class OcelLogBuilder(string path)
{
    private readonly List<OcelType> _eventTypes = [];
    private readonly List<OcelType> _objectTypes = [];
    private readonly List<OcelEvent> _events = [];
    private readonly List<OcelObject> _objects = [];
    private readonly List<(OcelRelation Relation, string Where)> _e2o = [];
    private readonly List<(OcelRelation Relation, string Where)> _o2o = [];
    private readonly List<(OcelChange Change, string Where)> _changes = [];
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _objectIds = new(StringComparer.Ordinal);

    public string Path => path;

    public void EventType(OcelType type) => _eventTypes.Add(type);

    public void ObjectType(OcelType type) => _objectTypes.Add(type);

    public void Event(OcelEvent e, long? line, string where)
    {
        if (!_eventIds.Add(e.Id))
            throw new InputException(path, line, null, $"{where}: event id '{e.Id}' appears twice; event ids must be unique.");
        _events.Add(e);
    }

    public void Object(OcelObject o, long? line, string where)
    {
        if (!_objectIds.Add(o.Id))
            throw new InputException(path, line, null, $"{where}: object id '{o.Id}' appears twice; object ids must be unique.");
        _objects.Add(o);
    }

    public void EventObject(OcelRelation r, string where) => _e2o.Add((r, where));

    public void ObjectObject(OcelRelation r, string where) => _o2o.Add((r, where));

    public void Change(OcelChange c, string where) => _changes.Add((c, where));

    /// <summary>The log, once every relation has been checked against the events and objects read.</summary>
    /// <exception cref="InputException">A relation or change names an unknown event or object.</exception>
    public OcelLog Build()
    {
        foreach (var (r, where) in _e2o)
        {
            if (!_eventIds.Contains(r.SourceId))
                throw new InputException(path, null, null, $"{where}: the relation names event '{r.SourceId}', which the log does not define.");
            if (!_objectIds.Contains(r.TargetId))
                throw new InputException(path, null, null, $"{where}: event '{r.SourceId}' is related to object '{r.TargetId}', which the log does not define.");
        }
        foreach (var (r, where) in _o2o)
        {
            if (!_objectIds.Contains(r.SourceId))
                throw new InputException(path, null, null, $"{where}: the relation starts from object '{r.SourceId}', which the log does not define.");
            if (!_objectIds.Contains(r.TargetId))
                throw new InputException(path, null, null, $"{where}: object '{r.SourceId}' is related to object '{r.TargetId}', which the log does not define.");
        }
        foreach (var (c, where) in _changes)
        {
            if (!_objectIds.Contains(c.ObjectId))
                throw new InputException(path, null, null, $"{where}: attribute '{c.Attribute}' changes on object '{c.ObjectId}', which the log does not define.");
        }
        return new OcelLog
        {
            EventTypes = Declared(_eventTypes, _events.Select(e => e.Type)),
            ObjectTypes = Declared(_objectTypes, _objects.Select(o => o.Type)),
            Events = _events,
            Objects = _objects,
            EventObjects = [.. _e2o.Select(r => r.Relation)],
            ObjectObjects = [.. _o2o.Select(r => r.Relation)],
            Changes = [.. _changes.Select(c => c.Change)],
        };
    }

    private static List<OcelType> Declared(List<OcelType> declared, IEnumerable<string> used)
    {
        var result = new List<OcelType>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in declared)
        {
            if (names.Add(t.Name))
                result.Add(t);
        }
        foreach (var name in used)
        {
            if (names.Add(name))
                result.Add(new OcelType(name, []));
        }
        return result;
    }
}
