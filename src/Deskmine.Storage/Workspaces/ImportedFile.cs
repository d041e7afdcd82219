namespace Deskmine.Storage.Workspaces;

/// <summary>One log file a workspace holds, as recorded in <c>imports.json</c>.</summary>
/// <param name="Sha256">SHA-256 of the file's bytes (lower-case hex): what identifies the file, whatever its name.</param>
/// <param name="Path">Full path the file was imported from.</param>
/// <param name="Session">Session its events were stored under.</param>
/// <param name="Events">Events stored from it.</param>
/// <param name="ImportedAt">When the import finished (UTC).</param>
public sealed record ImportedFile(string Sha256, string Path, string Session, long Events, DateTimeOffset ImportedAt);
