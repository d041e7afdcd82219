namespace Deskmine.Cli;

/// <summary>The workspace cannot be used as asked (missing, empty, locked); exit code 1.</summary>
public sealed class WorkspaceProblemException(string message, Exception? inner = null) : Exception(message, inner);
