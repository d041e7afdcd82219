using Deskmine.Core.Events;
using Deskmine.Storage;
using Deskmine.Storage.Formats.Ocel;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Exports;

/// <summary>
/// A mined workspace as an OCEL 2.0 log. Objects: every task instance (type <c>Task instance</c>, attributes
/// <c>task_type</c>, <c>task_name</c>, <c>user</c>) and every business object recognition correlated cases on (its
/// case id: invoice number, ticket, spreadsheet row …), typed by the object its task type names (<c>Post incoming
/// invoice in SAP MIRO</c> → <c>Incoming invoice</c>; <c>Business object</c> when the name says none). Events: every
/// event with a time, typed by its step name (else its activity, else its kind), related to its task instance
/// (qualifier <c>step of</c>) and to that instance's business object (qualifier: the task type's name); each task
/// instance is related to its business object (<c>works on</c>). Two passes over the events keep memory to the
/// objects and the derived records.
/// </summary>
public static class MinedObjects
{
    /// <summary>Object type of task instances (segments).</summary>
    public const string TaskInstanceType = "Task instance";

    /// <summary>Object type of business objects whose task type's name names no object.</summary>
    public const string BusinessObjectType = "Business object";

    private static readonly string[] EventAttributes = ["user", "team", "app", "window", "url", "kind", "target_name"];

    /// <summary>Writes the mined <paramref name="workspace"/> to <paramref name="path"/> (JSON, or SQLite for <c>.sqlite</c>); returns the events written.</summary>
    /// <param name="workspace">A workspace with a recognition run.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="progress">Told the number of events written.</param>
    /// <param name="readProgress">Told the number of events read in the first pass.</param>
    public static long Write(Workspace workspace, string path, IProgress<long>? progress, IProgress<long>? readProgress)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var store = workspace.Events;
        var derived = store.ReadDerived(DerivedRuns.Recognition).ToDictionary(d => d.EventId);
        var steps = StepNames.Read(store);

        // Pass 1: event types, and each task instance's person and first business object.
        var eventTypes = new SortedSet<string>(StringComparer.Ordinal);
        var instances = new Dictionary<string, Instance>(StringComparer.Ordinal);
        var objects = new Dictionary<string, string>(StringComparer.Ordinal);
        long read = 0;
        foreach (var e in store.ReadEvents())
        {
            if (++read % 100_000 == 0)
                readProgress?.Report(read);
            if (e.Ts is null)
                continue;
            var d = derived.GetValueOrDefault(e.Id);
            eventTypes.Add(TypeOf(e, d, steps));
            if (d?.Segment is not { } segment)
                continue;
            if (!instances.ContainsKey(segment))
                instances[segment] = new Instance(d.TaskType, e.User, d.CaseId);
            if (d.CaseId is { } caseId)
                objects.TryAdd(caseId, ObjectTypeOf(d.TaskType));
        }
        readProgress?.Report(read);

        var attributes = EventAttributes.Select(a => new OcelAttribute(a, "string")).ToList();
        var catalogue = TaskTypeCatalogue.Read(store);
        using var writer = OcelWriters.Create(path);
        writer.Begin(
            [.. eventTypes.Select(t => new OcelType(t, attributes))],
            [
                new OcelType(TaskInstanceType, [new("task_type", "string"), new("task_name", "string"), new("user", "string")]),
                .. objects.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => new OcelType(t, [])),
            ]);
        foreach (var (caseId, type) in objects)
            writer.Object(new OcelObject(caseId, type, []), [], []);
        foreach (var (segment, instance) in instances)
        {
            var values = new List<KeyValuePair<string, string>>();
            if (instance.TaskName is { } name)
            {
                if (catalogue?.FindByName(name) is { } entry)
                    values.Add(new("task_type", entry.Key));
                values.Add(new("task_name", name));
            }
            if (instance.User is { } user)
                values.Add(new("user", user));
            writer.Object(new OcelObject(segment, TaskInstanceType, values), [],
                instance.CaseId is { } caseId ? [new OcelRelation(segment, caseId, "works on")] : []);
        }

        // Pass 2: the events with their relations.
        long n = 0;
        foreach (var e in store.ReadEvents())
        {
            if (e.Ts is not { } ts)
                continue;
            var d = derived.GetValueOrDefault(e.Id);
            var id = e.Id.ToString();
            var relations = new List<OcelRelation>(2);
            if (d?.Segment is { } segment)
            {
                relations.Add(new OcelRelation(id, segment, "step of"));
                if (d.CaseId is { } caseId)
                    relations.Add(new OcelRelation(id, caseId, d.TaskType ?? "works on"));
            }
            writer.Event(new OcelEvent(id, TypeOf(e, d, steps), ts, Attributes(e)), relations);
            if (++n % 100_000 == 0)
                progress?.Report(n);
        }
        writer.End();
        progress?.Report(n);
        return n;
    }

    /// <summary>
    /// The business object a task type's name speaks of: the words between the verb and <c> in </c> (names are
    /// verb + object + application, see <c>docs/recognition.md</c>), capitalised; <see cref="BusinessObjectType"/> otherwise.
    /// </summary>
    public static string ObjectTypeOf(string? taskName)
    {
        if (taskName is null)
            return BusinessObjectType;
        var space = taskName.IndexOf(' ', StringComparison.Ordinal);
        var app = taskName.LastIndexOf(" in ", StringComparison.Ordinal);
        if (space < 0 || app <= space)
            return BusinessObjectType;
        var noun = taskName[(space + 1)..app].Trim();
        return noun.Length == 0 ? BusinessObjectType : char.ToUpperInvariant(noun[0]) + noun[1..];
    }

    private static string TypeOf(UiEvent e, DerivedRecord? d, StepNames? steps) =>
        (d?.Label is { } label ? steps?.NameOf(label) ?? label : null) ?? e.Activity ?? e.Kind;

    private static List<KeyValuePair<string, string>> Attributes(UiEvent e)
    {
        var list = new List<KeyValuePair<string, string>>(EventAttributes.Length);
        void Add(string name, string? value)
        {
            if (value is { Length: > 0 })
                list.Add(new(name, value));
        }
        Add("user", e.User);
        Add("team", e.Team);
        Add("app", e.App);
        Add("window", e.Window);
        Add("url", e.Url);
        Add("kind", e.Kind);
        Add("target_name", e.TargetName);
        return list;
    }

    private sealed record Instance(string? TaskName, string? User, string? CaseId);
}
