namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// Precision of a model to a log by escaping edges (ETConformance, Muñoz-Gama &amp; Carmona 2010), the states reached
/// by token replay: 1 − Σ escaping / Σ enabled over the prefixes of the log, each weighted by how many cases share it.
/// </summary>
public sealed record ModelPrecision
{
    /// <summary>1 − <see cref="EscapingEdges"/> / <see cref="EnabledActivities"/> (1 when nothing is enabled).</summary>
    public required double Precision { get; init; }

    /// <summary>Σ over prefixes of cases × activities the model allows next that no case with the prefix did next.</summary>
    public required long EscapingEdges { get; init; }

    /// <summary>Σ over prefixes of cases × activities the model allows next.</summary>
    public required long EnabledActivities { get; init; }

    /// <summary>Distinct prefixes scored (the empty prefix included).</summary>
    public required int Prefixes { get; init; }

    /// <summary>Distinct prefixes left out because token replay needed missing tokens to reach them.</summary>
    public required int NonFittingPrefixes { get; init; }

    /// <summary>Seconds the computation took.</summary>
    public double Seconds { get; init; }
}
