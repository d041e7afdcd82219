namespace Deskmine.Server.Ingest;

/// <summary>The answer to an accepted batch.</summary>
/// <param name="Received">Events in the batch.</param>
/// <param name="Stored">Events newly stored.</param>
/// <param name="Duplicates">Events whose id was already stored (a replayed batch) or repeated within the batch.</param>
/// <param name="Filtered">Events the server's privacy filter dropped (for example a denied application).</param>
/// <param name="Sessions">The agent sessions of the kept events, as stored (after the privacy filter).</param>
public sealed record IngestResult(int Received, long Stored, long Duplicates, int Filtered, IReadOnlyList<string> Sessions);
