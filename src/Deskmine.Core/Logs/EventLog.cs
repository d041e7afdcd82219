namespace Deskmine.Core.Logs;

/// <summary>
/// A columnar event log for mining: events grouped by case, ordered inside each case by timestamp and then
/// by file order. Activities and attributes are dictionary-coded, timestamps are microseconds since the Unix
/// epoch (<see cref="NoTimestamp"/> when the source has none).
/// </summary>
/// <remarks>
/// An event may be an interval: its timestamp is its start and <see cref="Durations"/> holds its length, so
/// it ends at timestamp + duration. Logs of instants have no duration column at all.
/// </remarks>
/// <remarks>
/// Case <c>c</c> owns events <c>CaseStarts[c] .. CaseStarts[c + 1] - 1</c>. The arrays are shared, not
/// copied: treat them as read-only.
/// </remarks>
public sealed class EventLog
{
    /// <summary>Timestamp value of an event without a time.</summary>
    public const long NoTimestamp = long.MinValue;

    /// <summary>
    /// Creates a log from prepared columns; use <see cref="EventLogBuilder"/> to build one from rows.
    /// <paramref name="eventRefs"/> may be null when each event's reference is its index (the events lie in file order):
    /// <see cref="EventRefs"/> is then made when first asked for.
    /// </summary>
    public EventLog(
        IReadOnlyList<string> caseIds,
        int[] caseStarts,
        IReadOnlyList<string> activityNames,
        int[] activities,
        long[] timestamps,
        long[]? eventRefs,
        IReadOnlyDictionary<string, CategoricalColumn>? attributes = null,
        long[]? durations = null)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        ArgumentNullException.ThrowIfNull(caseStarts);
        ArgumentNullException.ThrowIfNull(activityNames);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(timestamps);
        if (caseStarts.Length != caseIds.Count + 1)
            throw new ArgumentException("caseStarts must have one entry per case plus one.", nameof(caseStarts));
        if (timestamps.Length != activities.Length || (eventRefs is not null && eventRefs.Length != activities.Length))
            throw new ArgumentException("Every per-event column must have one entry per event.", nameof(timestamps));
        if (durations is not null && durations.Length != activities.Length)
            throw new ArgumentException("Every per-event column must have one entry per event.", nameof(durations));
        CaseIds = caseIds;
        CaseStarts = caseStarts;
        ActivityNames = activityNames;
        Activities = activities;
        Timestamps = timestamps;
        _eventRefs = eventRefs;
        Attributes = attributes ?? new Dictionary<string, CategoricalColumn>();
        Durations = durations;
    }

    /// <summary>Case identifiers, indexed by case.</summary>
    public IReadOnlyList<string> CaseIds { get; }

    /// <summary>Offsets of each case's first event; one extra entry holds the event count.</summary>
    public int[] CaseStarts { get; }

    /// <summary>Activity names, indexed by activity code.</summary>
    public IReadOnlyList<string> ActivityNames { get; }

    /// <summary>Per event, its activity code.</summary>
    public int[] Activities { get; }

    /// <summary>Per event, microseconds since the Unix epoch, or <see cref="NoTimestamp"/>.</summary>
    public long[] Timestamps { get; }

    /// <summary>
    /// Per event, its length in microseconds (0 for an instant), or <c>null</c> when no event of the log has
    /// one. An event with a duration starts at its timestamp and ends at timestamp + duration.
    /// </summary>
    public long[]? Durations { get; }

    private long[]? _eventRefs;

    /// <summary>Per event, a reference back to its origin (the store's row ordinal or the file order).</summary>
    public long[] EventRefs => _eventRefs ?? InitializeRefs();

    /// <summary>Further dictionary-coded columns by name (resource, team, user, app …).</summary>
    public IReadOnlyDictionary<string, CategoricalColumn> Attributes { get; }

    /// <summary>Number of cases.</summary>
    public int CaseCount => CaseIds.Count;

    /// <summary>Number of events.</summary>
    public int EventCount => Activities.Length;

    // Made on first use for a log whose references are the events' indexes; racing threads make equal arrays.
    private long[] InitializeRefs()
    {
        var refs = new long[EventCount];
        for (var i = 0; i < refs.Length; i++)
            refs[i] = i;
        return _eventRefs = refs;
    }

    /// <summary>The activity codes of case <paramref name="caseIndex"/>, in order.</summary>
    public ReadOnlySpan<int> ActivitiesOf(int caseIndex) =>
        Activities.AsSpan(CaseStarts[caseIndex], CaseStarts[caseIndex + 1] - CaseStarts[caseIndex]);

    /// <summary>When event <paramref name="eventIndex"/> ends: its timestamp plus its duration (<see cref="NoTimestamp"/> when it has no time).</summary>
    public long EndOf(int eventIndex)
    {
        var ts = Timestamps[eventIndex];
        return ts == NoTimestamp || Durations is null ? ts : ts + Durations[eventIndex];
    }

    /// <summary>The timestamps of case <paramref name="caseIndex"/>, in order.</summary>
    public ReadOnlySpan<long> TimestampsOf(int caseIndex) =>
        Timestamps.AsSpan(CaseStarts[caseIndex], CaseStarts[caseIndex + 1] - CaseStarts[caseIndex]);
}
