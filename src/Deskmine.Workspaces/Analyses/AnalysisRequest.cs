namespace Deskmine.Workspaces.Analyses;

/// <summary>What to analyse and with which assumptions.</summary>
public sealed record AnalysisRequest
{
    /// <summary>JSON file of assumptions (rates, costs, weights, advice rules); <c>null</c> uses the documented defaults.</summary>
    public string? AssumptionsFile { get; init; }

    /// <summary>Where the task instances come from. Default: the last recognition run.</summary>
    public WorkSource Source { get; init; } = WorkSource.Recognition;

    /// <summary>Attribute whose groups the standardisation compares. Default <c>team</c>.</summary>
    public string GroupAttribute { get; init; } = "team";

    /// <summary>Groups with fewer distinct people are never shown (k-anonymity). Default 5.</summary>
    public int MinGroupSize { get; init; } = 5;
}
