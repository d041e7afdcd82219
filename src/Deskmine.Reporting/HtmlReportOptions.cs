namespace Deskmine.Reporting;

/// <summary>How the HTML report is laid out. Defaults suit a map of a few dozen activities.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>Defaults: all activities, 40 % of paths, frequency view, median times, 25 variants, k = 5.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Initial position of the activities slider: percentage (0–100) of the most frequent activities kept.</summary>
    public int InitialActivitiesPercent { get; init; } = 100;

    /// <summary>Initial position of the paths slider: percentage (0–100) of the most frequent paths kept.</summary>
    public int InitialPathsPercent { get; init; } = 40;

    /// <summary>View shown when the report opens.</summary>
    public MapView InitialView { get; init; } = MapView.Frequency;

    /// <summary>Time statistic shown first in the performance view.</summary>
    public PerformanceMeasure InitialMeasure { get; init; } = PerformanceMeasure.Median;

    /// <summary>Rows in the variants table (1–10,000); the rest are summarised in one line.</summary>
    public int MaxVariants { get; init; } = 25;

    /// <summary>Smallest group (people in a team) whose figures are shown; smaller teams are listed without figures.</summary>
    public int MinGroupSize { get; init; } = 5;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is outside its documented range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(InitialActivitiesPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(InitialActivitiesPercent, 100);
        ArgumentOutOfRangeException.ThrowIfNegative(InitialPathsPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(InitialPathsPercent, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxVariants, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxVariants, 10_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinGroupSize, 1);
        if (!Enum.IsDefined(InitialView))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialView), InitialView, "Unknown map view.");
        }

        if (!Enum.IsDefined(InitialMeasure))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialMeasure), InitialMeasure, "Unknown performance measure.");
        }
    }
}
