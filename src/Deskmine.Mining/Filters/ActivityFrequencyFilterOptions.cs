namespace Deskmine.Mining.Filters;

/// <summary>Options of <see cref="ActivityFrequencyFilter"/>, like Disco's activity slider.</summary>
public sealed record ActivityFrequencyFilterOptions
{
    /// <summary>
    /// Share of all events, 0–100, that the kept activities must cover. Activities are taken most frequent
    /// first (ties by name, ordinal) until their events reach this share; at least one activity is always
    /// kept. 100 (the default) keeps every activity.
    /// </summary>
    public double Percent { get; init; } = 100;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <see cref="Percent"/> is outside 0–100.</summary>
    public void Validate()
    {
        if (!(Percent >= 0 && Percent <= 100))
            throw new ArgumentOutOfRangeException(nameof(Percent), Percent, "Percent must be between 0 and 100.");
    }
}
