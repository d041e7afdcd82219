namespace Deskmine.Storage.Workspaces;

/// <summary>The workspace is open for writing elsewhere (another process or another open instance).</summary>
public sealed class WorkspaceLockedException : Exception
{
    /// <summary>Creates the exception for <paramref name="directory"/>.</summary>
    public WorkspaceLockedException(string directory, Exception? inner = null)
        : base($"workspace {directory} is in use by another process (or is already open in this one); close it there or use another workspace directory.", inner)
    {
        Directory = directory;
    }

    /// <summary>The workspace directory.</summary>
    public string Directory { get; }
}
