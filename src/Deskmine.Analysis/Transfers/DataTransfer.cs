namespace Deskmine.Analysis.Transfers;

/// <summary>
/// Values moved from one field of one application to a field of another (or the same) application, within the
/// instances of one task type: a copy and its paste, or a value read in one place and typed in another.
/// </summary>
/// <param name="TaskType">Index into <see cref="Work.WorkLog.TaskTypes"/>.</param>
/// <param name="FromApp">Application the value came from.</param>
/// <param name="FromField">Field, cell or element it came from (the element that was active when it was copied).</param>
/// <param name="ToApp">Application it went to.</param>
/// <param name="ToField">Field it went to.</param>
/// <param name="Count">How many times the value moved this way.</param>
/// <param name="MatchedBy">Whether the keyed hash or the kept value matched source and destination.</param>
/// <param name="Transformation">The most frequent simple transformation seen on the way (date reformatted, name
/// split …), or <c>null</c> when none was seen (always <c>null</c> for hash matches: the values are not kept).</param>
/// <param name="TransformedCount">How many of the <paramref name="Count"/> moves showed <paramref name="Transformation"/>.</param>
public sealed record DataTransfer(
    int TaskType, string FromApp, string FromField, string ToApp, string ToField, int Count,
    DataTransferMatch MatchedBy, string? Transformation, int TransformedCount = 0);
