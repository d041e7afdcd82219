namespace Deskmine.Mining.Filters;

/// <summary>Options of <see cref="TimeWindowFilter"/>: the window [<see cref="From"/>, <see cref="To"/>) and the mode.</summary>
public sealed record TimeWindowFilterOptions
{
    /// <summary>Start of the window, inclusive.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the window, exclusive.</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>How cases relate to the window; default <see cref="TimeWindowMode.Contained"/>.</summary>
    public TimeWindowMode Mode { get; init; } = TimeWindowMode.Contained;

    /// <summary>Throws <see cref="ArgumentException"/> when the window is empty or the mode unknown.</summary>
    public void Validate()
    {
        if (To <= From)
            throw new ArgumentException("The window must end after it starts (To > From).", nameof(To));
        if (!Enum.IsDefined(Mode))
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "Unknown time window mode.");
    }
}
