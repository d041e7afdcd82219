namespace Deskmine.Storage.DuckDb;

/// <summary>How many stored events have a timestamp outside years 1–9999, and the first of them.</summary>
/// <param name="Count">Number of such events.</param>
/// <param name="FirstId">Id of the first one in store order.</param>
/// <param name="FirstSeq">Its sequence number.</param>
/// <param name="FirstTs">Its stored timestamp (microseconds since 1970).</param>
/// <param name="FirstSourceRow">The line of the imported file it came from, when known.</param>
public sealed record OutOfRangeTimes(long Count, Guid FirstId, long FirstSeq, long FirstTs, long? FirstSourceRow)
{
    /// <summary>One line for the user: what was found, where, and what reading does with it.</summary>
    public string Describe(string workspace)
    {
        var row = FirstSourceRow is { } r ? FormattableString.Invariant($", source row {r}") : "";
        return FormattableString.Invariant(
            $"warning: {workspace}: {Count} event(s) have timestamps outside years 1-9999 (first: event {FirstId}, seq {FirstSeq}{row}, ts {FirstTs} µs); they were stored before imports refused such times and are read as the nearest valid time (0001-01-01 or 9999-12-31). Import the file again into a new workspace to get errors naming each line.");
    }
}
