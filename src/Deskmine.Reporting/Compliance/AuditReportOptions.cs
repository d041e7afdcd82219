namespace Deskmine.Reporting.Compliance;

/// <summary>What the compliance audit report shows.</summary>
public sealed record AuditReportOptions
{
    /// <summary>The default settings.</summary>
    public static AuditReportOptions Default { get; } = new();

    /// <summary>The page title. Default "Compliance audit".</summary>
    public string Title { get; init; } = "Compliance audit";

    /// <summary>A line under the title (the log and the rules or model checked), or <c>null</c>.</summary>
    public string? Subtitle { get; init; }

    /// <summary>When the check ran, shown in the header; <c>null</c> shows none (the report never reads the clock).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Most deviations listed in the table; the rest are counted below it. Default 2,000.</summary>
    public int MaxDeviations { get; init; } = 2_000;

    /// <summary>Most evidence events listed per deviation. Default 8.</summary>
    public int MaxEventsPerDeviation { get; init; } = 8;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title, nameof(Title));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDeviations, nameof(MaxDeviations));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxEventsPerDeviation, nameof(MaxEventsPerDeviation));
    }
}
