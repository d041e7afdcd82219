namespace Deskmine.Capture.Spool;

/// <summary>What a spool holds and what it has had to give up, from its counter table.</summary>
/// <param name="Session">The session this spool instance writes.</param>
/// <param name="NextSeq">The sequence number the next stored event of <paramref name="Session"/> gets.</param>
/// <param name="Events">Events stored (pending, uploaded and rejected).</param>
/// <param name="Pending">Events not yet acknowledged by the server.</param>
/// <param name="Uploaded">Events the server acknowledged (kept for <c>agent show</c> until room is needed).</param>
/// <param name="Rejected">Events the server refused as invalid; kept, never sent again.</param>
/// <param name="Bytes">Bytes of event JSON stored.</param>
/// <param name="Duplicates">Appends ignored because the event id was already stored.</param>
/// <param name="DroppedWhenFull">Un-uploaded events deleted to make room (<see cref="SpoolFullPolicy.DropOldest"/>).</param>
/// <param name="RefusedWhenFull">New events refused because the spool was full (or one event exceeds the byte bound).</param>
/// <param name="PrunedUploaded">Uploaded events deleted to make room (no loss: the server has them).</param>
public sealed record SpoolStats(
    string Session, long NextSeq, long Events, long Pending, long Uploaded, long Rejected, long Bytes,
    long Duplicates, long DroppedWhenFull, long RefusedWhenFull, long PrunedUploaded);
