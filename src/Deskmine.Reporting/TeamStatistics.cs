namespace Deskmine.Reporting;

/// <summary>Figures for one team (org unit) over the cases in the report.</summary>
public sealed record TeamStatistics
{
    /// <summary>Team or org unit name as the capture policy assigns it.</summary>
    public required string Team { get; init; }

    /// <summary>Number of distinct people (pseudonyms); decides whether the team may be shown (k-anonymity).</summary>
    public required int People { get; init; }

    /// <summary>Number of cases the team worked on.</summary>
    public required int Cases { get; init; }

    /// <summary>Number of events the team recorded.</summary>
    public required long Events { get; init; }

    /// <summary>Mean case duration in seconds, <c>null</c> when unknown.</summary>
    public double? MeanCaseDurationS { get; init; }

    /// <summary>Median case duration in seconds, <c>null</c> when unknown.</summary>
    public double? MedianCaseDurationS { get; init; }

    /// <summary>The team's most frequent variant (activity sequence), <c>null</c> when unknown.</summary>
    public IReadOnlyList<string>? TopVariant { get; init; }

    /// <summary>Number of the team's cases that follow <see cref="TopVariant"/>.</summary>
    public int TopVariantCases { get; init; }
}
