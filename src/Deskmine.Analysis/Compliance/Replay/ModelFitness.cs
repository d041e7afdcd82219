namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>Fitness of a log to a model under one method.</summary>
public sealed record ModelFitness
{
    /// <summary><c>alignments</c> or <c>token_replay</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Cases of the log.</summary>
    public required int Cases { get; init; }

    /// <summary>Cases that fit.</summary>
    public required int FittingCases { get; init; }

    /// <summary>
    /// Log fitness. Alignments: 1 − Σ cost / Σ (events + cheapest model run) over the aligned cases. Token
    /// replay: ½(1 − Σ missing / Σ consumed) + ½(1 − Σ remaining / Σ produced).
    /// </summary>
    public required double LogFitness { get; init; }

    /// <summary>Mean per-case fitness over the cases with a figure.</summary>
    public required double AverageFitness { get; init; }

    /// <summary>Per case, in log order (cases given up have none).</summary>
    public required IReadOnlyList<CaseFitness> PerCase { get; init; }

    /// <summary>Cases the alignment search gave up on (always empty for token replay).</summary>
    public IReadOnlyList<GaveUpCase> GaveUp { get; init; } = [];

    /// <summary>Distinct activity sequences replayed or aligned (each is computed once).</summary>
    public int Variants { get; init; }

    /// <summary>Seconds the method took on this log.</summary>
    public double Seconds { get; init; }
}
