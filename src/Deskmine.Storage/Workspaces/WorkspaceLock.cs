namespace Deskmine.Storage.Workspaces;

/// <summary>
/// An OS file lock on <c>workspace.lock</c>. DuckDB's own lock only works across processes (connections in one
/// process share the database instance), so this lock is what stops a second writer in the same process too:
/// writers hold it exclusively, readers shared.
/// </summary>
internal sealed class WorkspaceLock : IDisposable
{
    public const string FileName = "workspace.lock";

    private readonly FileStream _stream;

    private WorkspaceLock(FileStream stream) => _stream = stream;

    public static WorkspaceLock Acquire(string directory, bool write)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            // On Unix .NET maps FileShare.None to flock(LOCK_EX) and other shares to LOCK_SH, per open file.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, write ? FileShare.None : FileShare.ReadWrite);
            return new WorkspaceLock(stream);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new WorkspaceLockedException(directory, e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
