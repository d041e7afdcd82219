namespace Deskmine.Cli;

/// <summary>The command line is wrong in a way the parser cannot see (e.g. conflicting options); exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
