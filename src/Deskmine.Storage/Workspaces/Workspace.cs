using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Storage.ClickHouse;
using Deskmine.Storage.DuckDb;
using DuckDB.NET.Data;

namespace Deskmine.Storage.Workspaces;

/// <summary>
/// A workspace directory: <c>events.duckdb</c> (the event store), <c>workspace.json</c> (schema version and
/// creation time) and <c>workspace.lock</c> (held while open). One writer at a time; see <c>docs/storage.md</c>.
/// </summary>
public sealed partial class Workspace : IDisposable
{
    /// <summary>
    /// Schema version written to <c>workspace.json</c>; opening a newer one fails, and so does an older one (version 1
    /// kept text fields as VARCHAR; its events have to be imported again).
    /// </summary>
    public const int SchemaVersion = 2;

    /// <summary>Name of the DuckDB file inside the workspace.</summary>
    public const string DatabaseFileName = "events.duckdb";

    /// <summary>Name of the description file inside the workspace.</summary>
    public const string InfoFileName = "workspace.json";

    /// <summary>The embedded engine: one DuckDB file in the workspace folder.</summary>
    public const string EngineDuckDb = "duckdb";

    /// <summary>The server engine: events in a ClickHouse database, sharded over a cluster.</summary>
    public const string EngineClickHouse = "clickhouse";

    private readonly WorkspaceLock _lock;
    private readonly IEventStore _store;

    private Workspace(string directory, WorkspaceInfo info, WorkspaceLock fileLock, IEventStore store, bool readOnly)
    {
        Directory = directory;
        Imports = ImportLedger.Load(directory);
        Info = info;
        _lock = fileLock;
        _store = store;
        IsReadOnly = readOnly;
    }

    /// <summary>Full path of the workspace directory.</summary>
    public string Directory { get; }

    /// <summary>What <c>workspace.json</c> says.</summary>
    public WorkspaceInfo Info { get; }

    /// <summary>The log files imported into this workspace (<c>imports.json</c>).</summary>
    public ImportLedger Imports { get; }

    /// <summary>Whether the workspace was opened with <see cref="OpenReadOnly"/>.</summary>
    public bool IsReadOnly { get; }

    /// <summary>The event store of this workspace; disposed with the workspace.</summary>
    public IEventStore Events => _store;

    /// <summary>The objects and relations of imported OCEL 2.0 logs; disposed with the workspace.</summary>
    /// <exception cref="NotSupportedException">The workspace's events live in an engine that keeps no objects (ClickHouse).</exception>
    public IObjectStore Objects => _store as IObjectStore
        ?? throw new NotSupportedException("OCEL 2.0 objects are kept only in DuckDB workspaces; this workspace's events live in ClickHouse (see docs/storage.md).");

    /// <summary>Stored events with a timestamp outside years 1–9999 (from before imports refused them), or <c>null</c>;
    /// reads return such times clamped to the range.</summary>
    public OutOfRangeTimes? OutOfRangeTimes() => (_store as DuckDbEventStore)?.OutOfRangeTimes();

    /// <summary>
    /// Opens the workspace in <paramref name="directory"/> for reading and writing, creating it unless
    /// <see cref="WorkspaceOptions.RequireExisting"/> is set.
    /// </summary>
    /// <exception cref="WorkspaceLockedException">Another writer or reader has it open.</exception>
    /// <exception cref="InputException">The directory holds no workspace (when required) or a newer or broken one.</exception>
    public static Workspace Open(string directory, WorkspaceOptions? options = null) => OpenCore(directory, options ?? new(), readOnly: false);

    /// <summary>Opens an existing workspace for reading; other readers may share it, writers may not.</summary>
    /// <exception cref="WorkspaceLockedException">A writer has it open.</exception>
    /// <exception cref="InputException">The directory holds no workspace.</exception>
    public static Workspace OpenReadOnly(string directory, WorkspaceOptions? options = null) =>
        OpenCore(directory, (options ?? new()) with { RequireExisting = true }, readOnly: true);

    private static Workspace OpenCore(string directory, WorkspaceOptions options, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options.Validate();
        var full = Path.GetFullPath(directory);
        var infoPath = Path.Combine(full, InfoFileName);
        var exists = File.Exists(infoPath);
        if (!exists && options.RequireExisting)
            throw new InputException(full, null, null, $"no Deskmine workspace here (expected {InfoFileName} and {DatabaseFileName}); create one by importing into it.");
        System.IO.Directory.CreateDirectory(full);

        var fileLock = WorkspaceLock.Acquire(full, write: !readOnly);
        try
        {
            WorkspaceInfo info;
            if (exists)
            {
                info = ReadInfo(infoPath);
            }
            else
            {
                info = new WorkspaceInfo(SchemaVersion, options.TimeProvider.GetUtcNow(), EngineDuckDb);
                WriteInfo(infoPath, info);
            }
            var store = info.ClickHouse is { } target ? ClickHouseEventStore.Open(target, readOnly) : (IEventStore)OpenStore(full, options, readOnly);
            return new Workspace(full, info, fileLock, store, readOnly);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates a workspace in <paramref name="directory"/> whose events live in ClickHouse: creates the database and
    /// tables on every shard of the cluster when missing, then writes <c>workspace.json</c> naming the server. The
    /// folder keeps the description, the import ledger and the lock.
    /// </summary>
    /// <exception cref="InputException">The folder already holds a workspace, or no ClickHouse server answers at the address.</exception>
    public static WorkspaceInfo CreateClickHouse(string directory, ClickHouseTarget target, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(target);
        var full = Path.GetFullPath(directory);
        var infoPath = Path.Combine(full, InfoFileName);
        if (File.Exists(infoPath))
            throw new InputException(full, null, null, "a workspace exists here already; choose another folder.");
        var resolved = ClickHouseEventStore.Create(target);
        System.IO.Directory.CreateDirectory(full);
        var info = new WorkspaceInfo(SchemaVersion, (time ?? TimeProvider.System).GetUtcNow(), EngineClickHouse) { ClickHouse = resolved };
        WriteInfo(infoPath, info);
        return info;
    }

    private static DuckDbEventStore OpenStore(string directory, WorkspaceOptions options, bool readOnly)
    {
        var dbPath = Path.Combine(directory, DatabaseFileName);
        var connectionString = $"Data Source={dbPath};memory_limit={options.MemoryLimit};threads={options.Threads}"
            + (readOnly ? ";ACCESS_MODE=READ_ONLY" : "");
        try
        {
            return DuckDbEventStore.Open(connectionString, dbPath, readOnly);
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            // DuckDB's own file lock: another process without our lock file (an older tool, the duckdb CLI).
            throw new WorkspaceLockedException(directory, e);
        }
    }

    private static WorkspaceInfo ReadInfo(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var version = root.GetProperty("schemaVersion").GetInt32();
            if (version > SchemaVersion)
                throw new InputException(path, null, "schemaVersion", $"workspace schema version {version} is newer than this Deskmine understands ({SchemaVersion}); upgrade Deskmine.");
            if (version < SchemaVersion)
                throw new InputException(path, null, "schemaVersion", $"workspace schema version {version} was written by an older Deskmine; this one needs version {SchemaVersion}: import the events into a new workspace.");
            var created = root.GetProperty("createdAt").GetDateTimeOffset();
            var engine = root.TryGetProperty("engine", out var e) ? e.GetString() ?? "duckdb" : "duckdb";
            ClickHouseTarget? clickHouse = null;
            if (engine == EngineClickHouse)
            {
                var ch = root.GetProperty("clickhouse");
                clickHouse = new ClickHouseTarget(ch.GetProperty("url").GetString()!, ch.GetProperty("database").GetString()!,
                    ch.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null);
            }
            else if (engine != EngineDuckDb)
            {
                throw new InputException(path, null, "engine", $"unknown engine '{engine}'; expected {EngineDuckDb} or {EngineClickHouse}.");
            }
            return new WorkspaceInfo(version, created, engine) { ClickHouse = clickHouse };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new InputException(path, null, null, "workspace.json is not valid: expected an object with schemaVersion (number) and createdAt (ISO 8601 time).", e);
        }
    }

    private static void WriteInfo(string path, WorkspaceInfo info)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", info.SchemaVersion);
        writer.WriteString("createdAt", info.CreatedAt.ToUniversalTime());
        writer.WriteString("engine", info.Engine);
        if (info.ClickHouse is { } ch)
        {
            writer.WriteStartObject("clickhouse");
            writer.WriteString("url", ch.Url);
            writer.WriteString("database", ch.Database);
            if (ch.Cluster is null)
                writer.WriteNull("cluster");
            else
                writer.WriteString("cluster", ch.Cluster);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// Deletes the files of a workspace that is not open (database, its write-ahead log, description, ledger,
    /// lock), then the directory itself when <paramref name="removeDirectory"/> is set and nothing else is in it.
    /// Used to take back a workspace that a failed first import created.
    /// </summary>
    public static void DeleteFiles(string directory, bool removeDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        foreach (var name in new[] { DatabaseFileName, DatabaseFileName + ".wal", InfoFileName, ImportLedger.FileName, WorkspaceLock.FileName })
            File.Delete(Path.Combine(directory, name));
        if (removeDirectory && System.IO.Directory.Exists(directory) && !System.IO.Directory.EnumerateFileSystemEntries(directory).Any())
            System.IO.Directory.Delete(directory);
    }

    /// <summary>Closes the store and releases the lock.</summary>
    public void Dispose()
    {
        _store.Dispose();
        _lock.Dispose();
    }
}
