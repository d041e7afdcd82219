using System.CommandLine;
using Deskmine.Cli.Commands;

namespace Deskmine.Cli;

/// <summary>
/// The <c>deskmine</c> command line: builds the command tree and maps outcomes to exit codes —
/// 0 success, 1 bad input (with a message naming the problem), 2 usage errors.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code of a successful run.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the input (a file, a workspace) is bad.</summary>
    public const int BadInput = 1;

    /// <summary>Exit code when the command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Exit code of an unexpected failure inside Deskmine (a defect worth reporting).</summary>
    public const int Failure = 3;

    /// <summary>Environment variable that, set to <c>1</c>, adds the stack trace to an unexpected failure's message.</summary>
    public const string TraceVariable = "DESKMINE_TRACE";

    /// <summary>Parses and runs one command line.</summary>
    public static int Run(string[] args, TimeProvider time, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(time, stdout ?? Console.Out, stderr ?? Console.Error) { In = stdin ?? Console.In };
        var root = BuildRoot(context, args);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                context.Error.WriteLine($"deskmine: {error.Message}");
            context.Error.WriteLine("Run 'deskmine --help' (or 'deskmine <command> --help') for usage.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The command line's boundary: every failure ends in one clear line and an exit code.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return CliErrors.Report(e, parsed.CommandResult.Command.Name, context.Error);
        }
    }

    private static RootCommand BuildRoot(CliContext context, string[] args)
    {
        var root = new RootCommand("Deskmine: task mining — record desktop work privately, find the tasks, map the processes.");
        foreach (var command in CommandCatalog.For(args, context))
            root.Subcommands.Add(command);
        return root;
    }
}
