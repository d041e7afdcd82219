using Deskmine.Core.Errors;
using Deskmine.Workspaces;

namespace Deskmine.Cli;

/// <summary>
/// Turns what a command threw into one line on standard error and an exit code (see <see cref="CliApp"/>): bad input
/// and refused files are the user's to fix (1), usage mistakes 2, anything else a defect (3). A defect never prints
/// a stack trace unless <see cref="CliApp.TraceVariable"/> is <c>1</c>, so a user sees what failed and where to look.
/// </summary>
public static class CliErrors
{
    /// <summary>Writes the message for <paramref name="error"/> thrown by <paramref name="command"/> and returns the exit code.</summary>
    public static int Report(Exception error, string command, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(stderr);
        switch (error)
        {
            case UsageException or InvalidRequestException:
                stderr.WriteLine($"deskmine: {error.Message}");
                return CliApp.Usage;
            case InputException or WorkspaceProblemException:
                stderr.WriteLine($"deskmine: {error.Message}");
                return CliApp.BadInput;
            case IOException or UnauthorizedAccessException:
                // The system's message names the path (a missing folder, a full disk, no permission).
                stderr.WriteLine($"deskmine: {OneLine(error.Message)}");
                return CliApp.BadInput;
            default:
                var trace = Environment.GetEnvironmentVariable(CliApp.TraceVariable) == "1";
                stderr.WriteLine($"deskmine: unexpected error in '{command}': {error.GetType().Name}: {OneLine(error.Message)}"
                    + (trace ? "" : $" (a defect in Deskmine; set {CliApp.TraceVariable}=1 to print the stack trace when reporting it)"));
                if (trace)
                    stderr.WriteLine(error.ToString());
                return CliApp.Failure;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
