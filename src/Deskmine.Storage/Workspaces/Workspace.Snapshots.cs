using System.Globalization;
using Deskmine.Core.Errors;
using Deskmine.Storage.DuckDb;

namespace Deskmine.Storage.Workspaces;

/// <summary>
/// Read snapshots: while one process (the server) holds a workspace open for writing, it publishes consistent copies
/// under <c>snapshots/</c> that readers open instead of failing on the lock.
/// </summary>
/// <remarks>
/// Layout: <c>snapshots/g000042/</c> is a complete read-only workspace (database after a checkpoint, description,
/// import ledger); <c>snapshots/current</c> names the newest one and is replaced by an atomic rename. A generation is
/// deleted only when its lock can be taken exclusively, i.e. when no reader has it open.
/// </remarks>
public sealed partial class Workspace
{
    /// <summary>Folder of the read snapshots inside a workspace.</summary>
    public const string SnapshotsFolder = "snapshots";

    private const string CurrentFile = "current";

    /// <summary>
    /// Publishes a consistent copy of this (writable) workspace for readers and returns its folder. The caller must
    /// keep other writes out while it runs (the copy is taken right after a checkpoint).
    /// </summary>
    public string PublishSnapshot()
    {
        if (IsReadOnly)
            throw new InvalidOperationException("Only the writer of a workspace publishes snapshots.");
        // A ClickHouse workspace's events are on the server, which serves readers beside the writer: the snapshot is
        // the description and the ledger alone.
        var duckDb = _store as DuckDbEventStore;
        duckDb?.Checkpoint();
        var root = Path.Combine(Directory, SnapshotsFolder);
        System.IO.Directory.CreateDirectory(root);
        var generation = Generations(root).Select(g => g.Number).DefaultIfEmpty(0).Max() + 1;
        var name = "g" + generation.ToString("D6", CultureInfo.InvariantCulture);
        var staging = Path.Combine(root, name + ".tmp");
        System.IO.Directory.CreateDirectory(staging);
        if (duckDb is not null)
            File.Copy(Path.Combine(Directory, DatabaseFileName), Path.Combine(staging, DatabaseFileName), overwrite: true);
        File.Copy(Path.Combine(Directory, InfoFileName), Path.Combine(staging, InfoFileName), overwrite: true);
        var ledger = Path.Combine(Directory, ImportLedger.FileName);
        if (File.Exists(ledger))
            File.Copy(ledger, Path.Combine(staging, ImportLedger.FileName), overwrite: true);
        var final = Path.Combine(root, name);
        System.IO.Directory.Move(staging, final);
        var pointer = Path.Combine(root, CurrentFile + ".tmp");
        File.WriteAllText(pointer, name);
        File.Move(pointer, Path.Combine(root, CurrentFile), overwrite: true);
        PruneSnapshots(Directory, keep: name);
        return final;
    }

    /// <summary>
    /// Deletes every snapshot generation no reader has open, except <paramref name="keep"/> (all of them when it is
    /// <c>null</c>, e.g. when the writer closes and readers can use the workspace itself again).
    /// </summary>
    public static void PruneSnapshots(string directory, string? keep)
    {
        var root = Path.Combine(directory, SnapshotsFolder);
        if (!System.IO.Directory.Exists(root))
            return;
        if (keep is null)
            File.Delete(Path.Combine(root, CurrentFile));
        foreach (var (_, path) in Generations(root))
        {
            if (Path.GetFileName(path) == keep)
                continue;
            try
            {
                using (WorkspaceLock.Acquire(path, write: true))
                {
                    foreach (var file in System.IO.Directory.EnumerateFiles(path))
                    {
                        if (Path.GetFileName(file) != WorkspaceLock.FileName)
                            File.Delete(file);
                    }
                }
                System.IO.Directory.Delete(path, recursive: true);
            }
            catch (Exception e) when (e is WorkspaceLockedException or IOException or UnauthorizedAccessException)
            {
                // A reader still has it open; the next publication tries again.
            }
        }
    }

    /// <summary>
    /// Opens the newest published snapshot of the workspace in <paramref name="directory"/> read-only, or returns
    /// <c>null</c> when there is none (no writer publishes).
    /// </summary>
    public static Workspace? OpenLatestSnapshot(string directory, WorkspaceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.Combine(Path.GetFullPath(directory), SnapshotsFolder);
        // The writer may replace the snapshot between reading the pointer and opening it: read the pointer again.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            string name;
            try
            {
                name = File.ReadAllText(Path.Combine(root, CurrentFile)).Trim();
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return null;
            }
            var path = Path.Combine(root, name);
            if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || !File.Exists(Path.Combine(path, InfoFileName)))
                continue;
            try
            {
                return OpenReadOnly(path, options);
            }
            catch (Exception e) when (e is WorkspaceLockedException or InputException or DirectoryNotFoundException or FileNotFoundException)
            {
            }
        }
        return null;
    }

    private static IEnumerable<(int Number, string Path)> Generations(string root)
    {
        foreach (var path in System.IO.Directory.EnumerateDirectories(root, "g*"))
        {
            var name = Path.GetFileName(path);
            var digits = name.EndsWith(".tmp", StringComparison.Ordinal) ? name[1..^4] : name[1..];
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                yield return (n, path);
        }
    }
}
