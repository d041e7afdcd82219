using Deskmine.Core.Errors;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Sources;

/// <summary>Opens workspaces for runs, turning the store's failures into the errors users see.</summary>
public static class WorkspaceAccess
{
    /// <summary>
    /// Opens an existing workspace for reading; other readers may share it. While a server writes to it, this opens
    /// the newest read snapshot the server published instead (<see cref="Workspace.OpenLatestSnapshot"/>).
    /// </summary>
    /// <exception cref="InputException">The folder does not exist or holds no workspace.</exception>
    /// <exception cref="WorkspaceProblemException">A writer that publishes no snapshot has it open.</exception>
    public static Workspace OpenForReading(string directory, TextWriter? warnings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
            throw new InputException(directory, null, null, "no such workspace folder; create one with 'deskmine import FILE -w DIR' or 'deskmine simulate -w DIR'");
        Workspace workspace;
        try
        {
            workspace = Workspace.OpenReadOnly(directory);
        }
        catch (WorkspaceLockedException e)
        {
            // One writer, many readers: a running server is the single writer and keeps a consistent copy for readers.
            return Workspace.OpenLatestSnapshot(directory) ?? throw new WorkspaceProblemException(e.Message, e);
        }
        if (warnings is not null && workspace.OutOfRangeTimes() is { } outOfRange)
            warnings.WriteLine("deskmine: " + outOfRange.Describe(directory));
        return workspace;
    }

    /// <summary>Opens the workspace in <paramref name="directory"/> for writing, creating it when absent.</summary>
    /// <exception cref="InputException">The folder holds a newer or broken workspace.</exception>
    /// <exception cref="WorkspaceProblemException">Another reader or writer has it open.</exception>
    public static Workspace OpenForWriting(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        try
        {
            return Workspace.Open(directory);
        }
        catch (WorkspaceLockedException e)
        {
            throw new WorkspaceProblemException(e.Message, e);
        }
    }
}
