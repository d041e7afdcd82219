namespace Deskmine.Reporting;

/// <summary>Options of <see cref="ReportBuilder"/>: where the per-team and per-task-type figures come from.</summary>
public sealed record ReportBuilderOptions
{
    /// <summary>Report title.</summary>
    public required string Title { get; init; }

    /// <summary>When the report is generated; from an injected <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Line under the title (data source, period).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Categorical column of the log holding the team; teams are reported when it is present. Default <c>team</c>.</summary>
    public string TeamAttribute { get; init; } = "team";

    /// <summary>Categorical column holding the person; counts people per team. Default <c>user</c>.</summary>
    public string UserAttribute { get; init; } = "user";

    /// <summary>Categorical column holding the task type of each event; one map per type when present. Default none.</summary>
    public string? TaskTypeAttribute { get; init; }

    /// <summary>Task types with fewer cases than this get no map of their own. Default 3.</summary>
    public int MinTaskTypeCases { get; init; } = 3;

    /// <summary>Variants kept in each map (the report lists the most frequent). Default 50.</summary>
    public int MaxVariants { get; init; } = 50;

    /// <summary>
    /// Applied to the log of each map on its own — all work, each task type, each team — after that map's events are
    /// chosen, e.g. <see cref="Mining.Filters.RareActivityFolding"/>, so that an activity is rare or not by the counts
    /// of the map it is drawn in. Default none.
    /// </summary>
    public Mining.Filters.LogFilter? MapLogFilter { get; init; }

    /// <summary>
    /// Noise threshold of the inductive miner that finds the process model drawn below the map (0: IM, every case
    /// fits; above: IMf, rarer behaviour left out for a readable model). Default 0.2; <c>null</c> draws no model.
    /// </summary>
    public double? ModelNoise { get; init; } = 0.2;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Title, nameof(Title));
        ArgumentException.ThrowIfNullOrWhiteSpace(TeamAttribute, nameof(TeamAttribute));
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAttribute, nameof(UserAttribute));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinTaskTypeCases, 1, nameof(MinTaskTypeCases));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxVariants, 1, nameof(MaxVariants));
        if (ModelNoise is { } noise && (double.IsNaN(noise) || noise is < 0 or > 1))
            throw new ArgumentOutOfRangeException(nameof(ModelNoise), noise, "The model's noise threshold runs from 0 to 1.");
    }
}
