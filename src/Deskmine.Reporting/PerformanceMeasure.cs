namespace Deskmine.Reporting;

/// <summary>Which time statistic the performance view shows on edges.</summary>
public enum PerformanceMeasure
{
    /// <summary>Median time between the two activities.</summary>
    Median,

    /// <summary>Mean time between the two activities.</summary>
    Mean,
}
