namespace Deskmine.Mining.Filters;

/// <summary>Options of <see cref="RareActivityFolding"/>: when an activity is too rare to get a box of its own, and where it goes.</summary>
public sealed record RareActivityFoldingOptions
{
    /// <summary>Activities with less than this share (0–100) of the log's events are rare. Default 0 (none).</summary>
    public double MinPercent { get; init; }

    /// <summary>Most activities left, the other activity included (at least 2). Default: no limit.</summary>
    public int MaxActivities { get; init; } = int.MaxValue;

    /// <summary>What the activities are called in the names the filter makes (<c>Other (12 rare steps, 3.1 % of events)</c>). Default <c>activities</c>.</summary>
    public string Noun { get; init; } = "activities";

    /// <summary>
    /// The coarser name of an activity, or <c>null</c> at the top (<c>Excel – Tracking: type into cell in column A</c>
    /// → <c>Excel – Tracking: type into</c> → <c>Excel – Tracking</c> → <c>Excel</c>): a rare activity climbs to its
    /// coarser names until the activities that share one are frequent together, and only what is rare at the top folds
    /// into the other activity. Each step up must shorten the way to the top. Default none: rare activities fold at once.
    /// </summary>
    public Func<string, string?>? CoarserName { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a setting is outside its range.</summary>
    public void Validate()
    {
        if (!(MinPercent >= 0 && MinPercent <= 100))
            throw new ArgumentOutOfRangeException(nameof(MinPercent), MinPercent, "MinPercent must be between 0 and 100.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxActivities, 2, nameof(MaxActivities));
        ArgumentException.ThrowIfNullOrWhiteSpace(Noun, nameof(Noun));
    }
}
