using Deskmine.Core.Errors;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// Flattening an object-centric log on one object type: every object of the type becomes a case holding each event
/// related to it (once, however many qualifiers relate them), ordered by time and then by file order; the activity
/// is the event type. An event related to two objects of the type appears in both cases.
/// </summary>
public static class OcelFlattening
{
    /// <summary>The flattened log of <paramref name="log"/> on <paramref name="objectType"/>.</summary>
    /// <param name="log">The object-centric log.</param>
    /// <param name="objectType">The object type whose objects become cases.</param>
    /// <param name="query">Attribute columns to carry (left empty: OCEL events have no schema v1 fields).</param>
    /// <param name="source">Names the log in errors.</param>
    /// <exception cref="InputException">The log has no object of the type.</exception>
    public static EventLog Flatten(OcelLog log, string objectType, LogQuery query, string source)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(query);
        var typeOf = log.Objects.ToDictionary(o => o.Id, o => o.Type, StringComparer.Ordinal);
        if (!typeOf.ContainsValue(objectType))
            throw UnknownType(source, objectType, log.Objects.Select(o => o.Type));
        var objectsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in log.EventObjects)
        {
            if (typeOf.GetValueOrDefault(r.TargetId) != objectType)
                continue;
            if (!objectsOf.TryGetValue(r.SourceId, out var list))
                objectsOf[r.SourceId] = list = [];
            if (!list.Contains(r.TargetId, StringComparer.Ordinal))
                list.Add(r.TargetId);
        }
        var builder = new EventLogBuilder(query.Attributes);
        for (var i = 0; i < log.Events.Count; i++)
        {
            var e = log.Events[i];
            if (!objectsOf.TryGetValue(e.Id, out var objects))
                continue;
            foreach (var o in objects)
                builder.Add(o, e.Type, e.Time, eventRef: i);
        }
        return builder.Build();
    }

    /// <summary>The error for an object type the log lacks, listing the types it has.</summary>
    public static InputException UnknownType(string source, string objectType, IEnumerable<string> types)
    {
        var known = types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new InputException(source, null, null, known.Count == 0
            ? $"holds no OCEL objects, so there is nothing to flatten on '{objectType}'; import an OCEL 2.0 log (.jsonocel, .xmlocel, .sqlite)."
            : $"has no objects of type '{objectType}'; its object types are: {string.Join(", ", known.Select(t => $"'{t}'"))}.");
    }
}
