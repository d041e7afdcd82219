namespace Deskmine.Workspaces;

/// <summary>
/// A run was asked for something contradictory or unknown (an unknown case notion, an empty classifier, a truth
/// source that matches nothing). The message names the setting by its command-line option (<c>--case</c>,
/// <c>--truth</c>), which is what users see; a command line maps it to exit code 2.
/// </summary>
public sealed class InvalidRequestException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public InvalidRequestException(string message)
        : base(message)
    {
    }
}
