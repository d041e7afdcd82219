using Deskmine.Analysis.Compliance.Models;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Mining.Models;

namespace Deskmine.Workspaces.Models;

/// <summary>A discovered model with its conformance to the log it came from.</summary>
public sealed record ModelRunResult
{
    /// <summary>Cases of the log.</summary>
    public required int Cases { get; init; }

    /// <summary>Events of the log.</summary>
    public required int Events { get; init; }

    /// <summary>Distinct activity sequences of the log.</summary>
    public required int Variants { get; init; }

    /// <summary>The noise threshold used.</summary>
    public required double Noise { get; init; }

    /// <summary>The process tree.</summary>
    public required ProcessTree Tree { get; init; }

    /// <summary>The workflow net of the tree.</summary>
    public required PetriNet Net { get; init; }

    /// <summary>Token-replay fitness of the log to the net.</summary>
    public required ModelFitness TokenReplay { get; init; }

    /// <summary>Alignment fitness, when the log was small enough to align (see <see cref="ModelRequest.AlignBelowVariants"/>).</summary>
    public ModelFitness? Alignments { get; init; }

    /// <summary>Escaping-edges precision of the net to the log.</summary>
    public required ModelPrecision Precision { get; init; }

    /// <summary>Full path of the BPMN file written, or <c>null</c>.</summary>
    public string? BpmnFile { get; init; }

    /// <summary>Full path of the PNML file written, or <c>null</c>.</summary>
    public string? PnmlFile { get; init; }

    /// <summary>Seconds the discovery took (reading the log not included).</summary>
    public double DiscoverySeconds { get; init; }
}
