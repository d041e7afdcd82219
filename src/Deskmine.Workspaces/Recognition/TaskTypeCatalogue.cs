using Deskmine.Mining.Recognition;
using Deskmine.Storage;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The task types of the workspace's last recognition run, stored as JSON under <see cref="ResultKey"/> beside the
/// derived records. Its presence says that a run exists without reading every derived record.
/// </summary>
/// <param name="Entries">The task types, in the run's index order.</param>
public sealed record TaskTypeCatalogue(IReadOnlyList<TaskTypeEntry> Entries)
{
    /// <summary>Result key of the catalogue (a JSON array of index, key, name, segments, events, applications, and people, median_s, steps).</summary>
    public const string ResultKey = "recognition.task_types";

    /// <summary>The catalogue of <paramref name="result"/>, with each type's event count and profile.</summary>
    public static TaskTypeCatalogue From(RecognizedTasks result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var events = new int[result.TaskTypes.Count];
        foreach (var s in result.Segments)
            events[s.TaskType] += s.EventCount;
        var profiles = TaskTypeProfile.Of(result);
        return new TaskTypeCatalogue([.. result.TaskTypes.Select(t =>
            new TaskTypeEntry(t.Index, t.Key, t.Name, t.SegmentCount, events[t.Index], t.Applications, profiles[t.Index]))]);
    }

    /// <summary>The catalogue stored in <paramref name="store"/>, or <c>null</c> when no run stored one.</summary>
    /// <exception cref="Core.Errors.InputException">The stored document is not a catalogue.</exception>
    public static TaskTypeCatalogue? Read(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetResult(ResultKey) is { } json ? TaskTypeCatalogueJson.Parse(json, ResultKey) : null;
    }

    /// <summary>Whether <paramref name="store"/> holds a catalogue, i.e. a recognition run (without parsing it).</summary>
    public static bool IsStored(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetResult(ResultKey) is not null;
    }

    /// <summary>Stores this catalogue in <paramref name="store"/>, replacing the previous one.</summary>
    public void Write(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.PutResult(ResultKey, TaskTypeCatalogueJson.Serialize(this));
    }

    /// <summary>
    /// The entry whose <see cref="TaskTypeEntry.Name"/> is <paramref name="name"/> (the derived records carry names),
    /// the lowest index first when rules gave two types one name; <c>null</c> when none has it.
    /// </summary>
    public TaskTypeEntry? FindByName(string name) =>
        Entries.Where(e => string.Equals(e.Name, name, StringComparison.Ordinal)).MinBy(e => e.Index);
}
