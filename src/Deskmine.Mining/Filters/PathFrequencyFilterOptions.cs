namespace Deskmine.Mining.Filters;

/// <summary>Options of <see cref="PathFrequencyFilter"/>, like Disco's path slider.</summary>
public sealed record PathFrequencyFilterOptions
{
    /// <summary>
    /// Share, 0–100, of the total edge frequency that the kept edges must cover, most frequent edges first.
    /// Edges as frequent as the last one needed are kept too, so ties never depend on order; at least one edge
    /// is kept. 100 (the default) keeps every edge.
    /// </summary>
    public double Percent { get; init; } = 100;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <see cref="Percent"/> is outside 0–100.</summary>
    public void Validate()
    {
        if (!(Percent >= 0 && Percent <= 100))
            throw new ArgumentOutOfRangeException(nameof(Percent), Percent, "Percent must be between 0 and 100.");
    }
}
