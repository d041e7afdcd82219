namespace Deskmine.Reporting.Accuracy;

/// <summary>
/// How well recognition did against a ground truth (a simulator's, or labels a person made): what was found beside
/// what is true, and the scores of <c>deskmine eval</c>. It is the only place a report shows the truth; everything
/// else in the report is what recognition found.
/// </summary>
public sealed record AccuracySection
{
    /// <summary>Where the truth comes from, in words (<c>the simulator's ground truth table</c>).</summary>
    public required string TruthSource { get; init; }

    /// <summary>Counts found beside the true counts (task types, task instances).</summary>
    public IReadOnlyList<AccuracyCount> Counts { get; init; } = [];

    /// <summary>The scores, in the order <c>deskmine eval</c> prints them.</summary>
    public IReadOnlyList<AccuracyScore> Scores { get; init; } = [];

    /// <summary>Each task type found beside the true task type most of its events belong to.</summary>
    public IReadOnlyList<TypeMatch> TypeMatches { get; init; } = [];

    /// <summary>The command that prints the same figures, shown under the tables; <c>null</c> for none.</summary>
    public string? Command { get; init; }
}
