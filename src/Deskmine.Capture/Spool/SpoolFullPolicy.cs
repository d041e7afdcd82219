namespace Deskmine.Capture.Spool;

/// <summary>What the spool does with a new event when it is full and no uploaded event is left to prune.</summary>
public enum SpoolFullPolicy
{
    /// <summary>Delete the oldest un-uploaded events to make room (the default): recent work is worth more than
    /// old, and the server sees the loss as a gap in the session's sequence numbers.</summary>
    DropOldest,

    /// <summary>Refuse the new event and keep what is stored.</summary>
    RefuseNew,
}
