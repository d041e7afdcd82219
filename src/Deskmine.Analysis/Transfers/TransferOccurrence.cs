namespace Deskmine.Analysis.Transfers;

/// <summary>One value that moved: the events at both ends and what happened to it on the way.</summary>
/// <param name="TaskType">Task type of the destination's instance.</param>
/// <param name="FromApp">Application of the source.</param>
/// <param name="FromField">Generalised source field.</param>
/// <param name="ToApp">Application of the destination.</param>
/// <param name="ToField">Generalised destination field.</param>
/// <param name="MatchedBy">Hash or value.</param>
/// <param name="Transformation">What changed on the way, or <c>null</c>.</param>
/// <param name="Events">Every event taking part: copy, paste, edits that completed the paste, or the typing.</param>
internal sealed record TransferOccurrence(
    int TaskType, string FromApp, string FromField, string ToApp, string ToField, DataTransferMatch MatchedBy,
    string? Transformation, IReadOnlyList<int> Events);
