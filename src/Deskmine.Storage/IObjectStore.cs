using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.Formats.Ocel;

namespace Deskmine.Storage;

/// <summary>
/// The object-centric side of a workspace: the objects, object types, relations and attribute changes of imported
/// OCEL 2.0 logs, beside the events they relate to (which live in the event store like any other).
/// </summary>
public interface IObjectStore
{
    /// <summary>Whether the workspace holds any OCEL object.</summary>
    bool HasObjects();

    /// <summary>
    /// Appends <paramref name="events"/> (one per <see cref="OcelLog.Events"/>, in the same order) and the log's types,
    /// objects, relations and changes in one transaction: all of it or nothing.
    /// </summary>
    /// <exception cref="Core.Errors.InputException">An event or object id of the log is already in the workspace; nothing is stored.</exception>
    long AppendObjectLog(OcelLog log, IReadOnlyList<UiEvent> events, string source, IProgress<long>? progress = null);

    /// <summary>
    /// The flattened log on <paramref name="objectType"/>: each object of the type is a case holding every event
    /// related to it, in time order (file order among equal times); the activity is the event type.
    /// </summary>
    /// <exception cref="Core.Errors.InputException">The workspace holds no object of that type.</exception>
    EventLog ReadFlattened(string objectType, LogQuery query);

    /// <summary>The stored OCEL log, whole (events as the event store holds them).</summary>
    OcelLog ReadObjectLog();
}
