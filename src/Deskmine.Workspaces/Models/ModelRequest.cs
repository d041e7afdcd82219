using Deskmine.Core.Logs;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Workspaces.Models;

/// <summary>Which log to discover a process model from, how, and where to write it.</summary>
public sealed record ModelRequest
{
    /// <summary>A log file or a workspace folder.</summary>
    public required string Input { get; init; }

    /// <summary>How to read <see cref="Input"/> when it is a file.</summary>
    public LogSourceOptions Source { get; init; } = new();

    /// <summary>Noise threshold of the inductive miner, 0 to 1 (0: IM, every case fits; above: IMf).</summary>
    public double Noise { get; init; }

    /// <summary>Where to write the BPMN 2.0 model with its diagram; <c>null</c> writes none.</summary>
    public string? BpmnFile { get; init; }

    /// <summary>Where to write the Petri net as PNML; <c>null</c> writes none.</summary>
    public string? PnmlFile { get; init; }

    /// <summary>Case notion (see <see cref="CaseNotions"/>).</summary>
    public string CaseNotion { get; init; } = CaseNotions.Auto;

    /// <summary>Comma-separated fields naming the activity, or <c>auto</c>.</summary>
    public string Classifier { get; init; } = LogSources.AutoClassifier;

    /// <summary>
    /// Align the log to the model too when it has at most this many variants (alignments prove fitness where
    /// token replay guesses, but grow with the model's concurrency). Default 1,000; 0 never aligns.
    /// </summary>
    public int AlignBelowVariants { get; init; } = 1_000;
}
