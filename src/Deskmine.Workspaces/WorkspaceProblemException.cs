namespace Deskmine.Workspaces;

/// <summary>
/// The workspace cannot be used as a run asks: it is locked by another writer, or it lacks what the run reads
/// (no recognition run, no ground truth). The message says what to do; a command line maps it to exit code 1.
/// </summary>
public sealed class WorkspaceProblemException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public WorkspaceProblemException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
