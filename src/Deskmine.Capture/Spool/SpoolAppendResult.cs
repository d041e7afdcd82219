namespace Deskmine.Capture.Spool;

/// <summary>What one <see cref="SqliteSpool.AppendBatch"/> did.</summary>
/// <param name="Stored">Events stored, each with the spool's session and the next sequence number.</param>
/// <param name="Duplicates">Events ignored because their id was already stored.</param>
/// <param name="Refused">Events refused because the spool was full.</param>
/// <param name="Dropped">Older un-uploaded events deleted to make room.</param>
public sealed record SpoolAppendResult(int Stored, int Duplicates, int Refused, int Dropped);
