using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage;

/// <summary>Event stores that are not tied to a workspace folder.</summary>
public static class EventStores
{
    /// <summary>
    /// A private in-memory DuckDB store, gone when disposed: lets a command read a log file with exactly the case
    /// notions and classifiers of a workspace.
    /// </summary>
    public static IEventStore InMemory(WorkspaceOptions? options = null)
    {
        options ??= new WorkspaceOptions();
        options.Validate();
        return DuckDbEventStore.Open($"Data Source=:memory:;memory_limit={options.MemoryLimit};threads={options.Threads}", ":memory:", readOnly: false);
    }
}
